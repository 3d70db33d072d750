package org.resilib;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.resilib.platform.EmbeddedDatabase;

/**
 * One real PostgreSQL for the whole test run (JVM), started on first use and reused when Quarkus restarts for
 * another test profile. Zonky stops it when the JVM exits.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String URL_PROPERTY = "resilib-test.jdbc-url";
    public static final String ADMIN_EMAIL = "admin@test.resilib";
    public static final String ADMIN_PASSWORD = "admin-password-1";

    @Override
    public synchronized Map<String, String> start() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            try {
                EmbeddedPostgres pg = EmbeddedDatabase.start(Files.createTempDirectory("resilib-test-pg"), 0, false);
                url = pg.getJdbcUrl("postgres", "postgres");
                System.setProperty(URL_PROPERTY, url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "resilib.admin.email", ADMIN_EMAIL,
                "resilib.admin.password", ADMIN_PASSWORD,
                // A session key of the tests' own, as a real set-up has one (the platform keeps one beside its
                // embedded data, or reads it from the environment), so server-side sign-in seals cookies as the form does.
                "quarkus.http.auth.session.encryption-key", "test-only-session-key-not-a-secret-0123456789");
    }

    @Override
    public void stop() {
        // Kept for the next profile of this run; the JVM's exit stops it.
    }
}
