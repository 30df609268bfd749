package org.tessera.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.Forbidden;

/**
 * Lets a controller method take an {@link Actor} parameter: the signed-in user, reloaded from the database on every
 * request so that a changed role or organization takes effect at once, even in a running session. Pages open to
 * people who have not signed in (the portal's help center, say) take an {@code Optional<Actor>} instead.
 */
@Configuration(proxyBeanMethods = false)
class ActorResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final String ACTOR = ActorResolver.class.getName() + ".actor";

    private final Directory directory;

    ActorResolver(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == Optional.class
                && parameter.nestedIfOptional().getNestedParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.getPrincipal() instanceof SignedInUser;
        if (parameter.getParameterType() == Optional.class) {
            return signedIn ? Optional.of(actorOf((SignedInUser) authentication.getPrincipal(), request))
                    : Optional.empty();
        }
        if (!signedIn) {
            throw new Forbidden("Sign in first");
        }
        return actorOf((SignedInUser) authentication.getPrincipal(), request);
    }

    /** The actor of this request, known already (an API token's account is read with its actor). */
    static void remember(HttpServletRequest request, Actor actor) {
        request.setAttribute(ACTOR, actor);
    }

    /** Read once per request, however many handlers and fragments of it ask. */
    private Actor actorOf(SignedInUser user, NativeWebRequest request) {
        Object known = request.getAttribute(ACTOR, NativeWebRequest.SCOPE_REQUEST);
        if (known instanceof Actor actor && actor.userId() != null && actor.userId() == user.id()) {
            return actor;
        }
        Actor actor = directory.actor(user.id());
        request.setAttribute(ACTOR, actor, NativeWebRequest.SCOPE_REQUEST);
        return actor;
    }
}
