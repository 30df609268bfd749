package org.tessera.identity.internal.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.identity.Actor;

/** The OpenAPI description at /v3/api-docs: bearer tokens, and the acting user is the token's, not a parameter. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI tesseraApi() {
        return new OpenAPI()
                .info(new Info().title("Tessera REST API").version("v1")
                        .description("Tickets, conversations, people. Errors are RFC 9457 problem details naming "
                                + "the offending field. Obtain a token with POST /api/v1/tokens and HTTP Basic."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
