package org.resilib.guide.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/**
 * The link checker against a local server that answers 200, 404, a redirect loop and too slowly: each outcome is
 * recorded, broken ones are listed for librarians, a host gets one request at a time, and two checkers at once
 * check each resource once.
 */
@QuarkusTest
class LinkCheckerTest {

    @Inject
    LinkChecker checker;

    @Inject
    EntityManager em;

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from e_resource where slug like"
                + " 'link-%'").executeUpdate());
    }

    @Test
    void eachAddressIsCheckedOncePolitelyAndBrokenOnesAreListed() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            // The slow answer goes on after the checker gave up on it, so it is not counted as in flight.
            boolean counted = !path.equals("/slow");
            if (counted) {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            }
            try {
                switch (path) {
                    case "/ok" -> exchange.sendResponseHeaders(200, -1);
                    case "/moved" -> {
                        exchange.getResponseHeaders().add("Location", "/ok");
                        exchange.sendResponseHeaders(301, -1);
                    }
                    case "/loop-a" -> {
                        exchange.getResponseHeaders().add("Location", "/loop-b");
                        exchange.sendResponseHeaders(302, -1);
                    }
                    case "/loop-b" -> {
                        exchange.getResponseHeaders().add("Location", "/loop-a");
                        exchange.sendResponseHeaders(302, -1);
                    }
                    case "/slow" -> {
                        Thread.sleep(2500);
                        exchange.sendResponseHeaders(200, -1);
                    }
                    default -> exchange.sendResponseHeaders(404, -1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (counted) {
                    inFlight.decrementAndGet();
                }
                exchange.close();
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("editor"));
        Map<String, String> paths = Map.of("ok", "/ok", "moved", "/moved", "missing", "/missing", "loop", "/loop-a",
                "slow", "/slow");
        paths.forEach((name, path) -> editor.request().contentType("application/json").body(Map.of("slug",
                "link-" + name + "-" + tag, "name", Map.of("en", "Link " + name), "url", base + path, "access",
                "open")).post("/api/v1/resources").then().statusCode(201));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(checker::checkDue);
        int second = checker.checkDue();
        int checked = first.get() + second;
        assertThat(checked).isGreaterThanOrEqualTo(paths.size());
        assertThat(mostAtOnce.get()).as("one request at a time to one host").isEqualTo(1);
        // ok, moved (two requests), missing, loop (two requests until the loop shows), slow: each resource once.
        assertThat(requests.get()).isEqualTo(7);
        assertThat(checker.checkDue()).as("nothing due again so soon").isZero();

        List<Map<String, Object>> broken = editor.request().get("/api/v1/resources/broken").jsonPath().getList("$");
        Map<String, Map<String, Object>> bySlug = new java.util.HashMap<>();
        broken.forEach(b -> bySlug.put((String) b.get("slug"), b));
        assertThat(bySlug).containsKeys("link-missing-" + tag, "link-loop-" + tag, "link-slow-" + tag)
                .doesNotContainKeys("link-ok-" + tag, "link-moved-" + tag);
        assertThat(bySlug.get("link-missing-" + tag).get("status")).isEqualTo(404);
        assertThat(bySlug.get("link-loop-" + tag).get("error")).isEqualTo("redirect loop");
        assertThat(bySlug.get("link-slow-" + tag).get("error")).isEqualTo("timeout");
        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get("/api/v1/resources/broken").then()
                .statusCode(403);
        String page = GuideFixtures.signedIn(GuideFixtures.person("librarian")).request().get("/resources/manage")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("link-missing-" + tag, "link-loop-" + tag, "redirect loop", ">404<")
                .doesNotContain("link-ok-" + tag);
    }
}
