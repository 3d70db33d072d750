package org.resilib.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server run from the binaries shipped in the application, with its data in
 * {@code RESILIB_DATA_DIR}. Used only when {@code QUARKUS_DATASOURCE_JDBC_URL} is not set.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Whether this process started the embedded database (and so keeps the session key beside its data). */
    static synchronized boolean running() {
        return server != null;
    }

    static synchronized void startIfNoDatasourceConfigured() {
        if (server != null || externalUrl().isPresent()) {
            return;
        }
        Path dataDir = dataDirectory();
        server = start(dataDir.resolve("pg"), 0, true);
        String url = server.getJdbcUrl("postgres", "postgres");
        System.setProperty(JDBC_URL_PROPERTY, url);
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        LOG.infof("Embedded PostgreSQL running on port %d with data in %s", server.getPort(), dataDir);
        keepSessionKey(dataDir);
    }

    /**
     * Sign-in cookies are encrypted with a key; without one Quarkus makes a new key at every start and everybody is
     * signed out. For the embedded set-up the key is kept beside the data, readable only by its owner.
     */
    private static void keepSessionKey(Path dataDir) {
        if (System.getenv("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY") != null
                || System.getProperty("quarkus.http.auth.session.encryption-key") != null) {
            return;
        }
        Path file = dataDir.resolve("session.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, HexFormat.of().formatHex(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    LOG.debug("No POSIX permissions on this file system");
                }
            }
            System.setProperty("quarkus.http.auth.session.encryption-key", Files.readString(file).strip());
        } catch (IOException e) {
            LOG.warnf("Could not keep the session key in %s: sign-ins will not survive a restart", file);
        }
    }

    /**
     * Starts a server on the given data directory; port 0 picks a free one. Keeps existing data. A durable server
     * (the platform's own) writes each commit to disk before acknowledging it, as PostgreSQL does by default; the
     * embedded server's library turns that off (fsync and synchronous commit), which only a throw-away database
     * (the tests') may afford: a crash of the machine would lose writes that people were told were saved.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    // statement statistics for the benchmark and for operators (create extension pg_stat_statements
                    // to read them); the binaries for every platform ship the library
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setLocaleConfig("encoding", "UTF8")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                // given after the library's own -F, so these win
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    static Optional<String> externalUrl() {
        String url = System.getProperty(JDBC_URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(JDBC_URL_ENV);
        }
        return Optional.ofNullable(url).filter(u -> !u.isBlank());
    }

    static Path dataDirectory() {
        String configured = System.getenv("RESILIB_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("resilib.data-dir");
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        return Paths.get(System.getProperty("user.home"), ".resilib").toAbsolutePath();
    }
}
