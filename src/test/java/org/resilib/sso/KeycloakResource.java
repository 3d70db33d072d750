package org.resilib.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak, from Maven Central (unpacked into target/keycloak before the integration tests), started with the
 * realm of docker/keycloak/realm.json. The realm's redirect URIs are pointed at the port the application under test
 * gets, and a second client with two-second access tokens is added for the expired-token test.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "change-me-in-production";
    static final String ADMIN = "kc-admin";
    static final String ADMIN_PASSWORD = "kc-admin-password-1";
    static volatile String url;
    static volatile int appPort;
    private Process process;

    @Override
    public Map<String, String> start() {
        try {
            Path home = keycloakHome();
            int kcPort = freePort();
            appPort = freePort();
            Path data = home.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> walk = Files.walk(data)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(data.resolve("import"));
            Files.writeString(data.resolve("import/resilib-realm.json"), realm(appPort));
            Path log = Paths.get("target", "keycloak-test.log").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + kcPort, "--import-realm", "--health-enabled=false")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            process = pb.start();
            url = "http://localhost:" + kcPort;
            waitForRealm(log);
            return Map.of("quarkus.oidc.auth-server-url", url + "/realms/resilib",
                    "quarkus.oidc.client-id", "resilib",
                    "quarkus.oidc.credentials.secret", SECRET,
                    "quarkus.http.test-port", String.valueOf(appPort));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path keycloakHome() throws IOException {
        Path dir = Paths.get("target", "keycloak").toAbsolutePath();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + dir + "; run ./mvnw verify"));
        }
    }

    static String realm(int appPort) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(Paths.get("docker/keycloak/realm.json").toFile());
        String app = "http://localhost:" + appPort;
        ArrayNode clients = (ArrayNode) realm.get("clients");
        ObjectNode client = (ObjectNode) clients.get(0);
        client.putArray("redirectUris").add(app + "/*");
        client.putArray("webOrigins").add(app);
        ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", app + "/*");
        ObjectNode shortLived = client.deepCopy();
        shortLived.put("clientId", "resilib-short");
        ((ObjectNode) shortLived.get("attributes")).put("access.token.lifespan", "2");
        clients.add(shortLived);
        return json.writeValueAsString(realm);
    }

    private void waitForRealm(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/realms/resilib/.well-known/openid-configuration")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not start within 300 s; see " + log);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
