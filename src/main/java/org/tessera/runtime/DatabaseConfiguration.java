package org.tessera.runtime;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Where the database is: the external server named by {@code tessera.db.url}, or else an embedded PostgreSQL that
 * this application starts and stops with itself.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseLocation location) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(location.url());
        dataSource.setUsername(location.user());
        dataSource.setPassword(location.password());
        return dataSource;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${tessera.db.url:}'.isBlank()")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(@Value("${tessera.data-dir}") Path dataDir,
                                          @Value("${tessera.db.embedded-port:0}") int port) {
            return EmbeddedDatabase.start(dataDir, port);
        }

        @Bean
        DatabaseLocation databaseLocation(EmbeddedDatabase database) {
            return new DatabaseLocation(database.jdbcUrl(), "postgres", "");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${tessera.db.url:}'.isBlank()")
    static class External {

        @Bean
        DatabaseLocation databaseLocation(@Value("${tessera.db.url}") String url,
                                          @Value("${tessera.db.user:postgres}") String user,
                                          @Value("${tessera.db.password:}") String password) {
            return new DatabaseLocation(url, user, password);
        }
    }

    record DatabaseLocation(String url, String user, String password) {
    }
}
