package org.tessera.support;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running application: one real server on a random port and one real
 * PostgreSQL, shared by all such tests. The database is the embedded server, or the one TESSERA_TEST_DB_URL names
 * (CI runs the suite both ways). Tests make their own data with unique names, so they never depend on each other
 * or on an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(QueryCounting.class)
public abstract class IntegrationTest {

    private static final Path DATA_DIR = Path.of("target", "test-data", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tessera.data-dir", DATA_DIR::toString);
        String external = System.getenv("TESSERA_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            registry.add("tessera.db.url", () -> external);
            registry.add("tessera.db.user", () -> env("TESSERA_TEST_DB_USER", "postgres"));
            registry.add("tessera.db.password", () -> env("TESSERA_TEST_DB_PASSWORD", ""));
        }
    }

    @BeforeEach
    void connectApi() {
        api = new Api("http://localhost:" + port);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
