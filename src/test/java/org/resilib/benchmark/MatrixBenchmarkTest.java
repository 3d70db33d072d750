package org.resilib.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/**
 * The library-wide matrix for 300 librarians × 40 competencies: time to serve the page and its SQL statements.
 * {@code ./mvnw verify -Pbenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class MatrixBenchmarkTest {

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Test
    void matrixFor300LibrariansAnd40Competencies() {
        String tag = "b" + UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> assoc = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String code = "BENCH" + tag.toUpperCase() + "." + i;
            items.add(Map.of("identifier", tag + i, "fullStatement", "Competency " + i, "humanCodingScheme", code));
        }
        HttpSession admin = HttpSession.admin();
        admin.request().contentType("application/json")
                .body(Map.of("CFDocument", Map.of("title", "Benchmark " + tag), "CFItems", items, "CFAssociations", assoc))
                .put("/api/v1/competency-frameworks/" + tag + "/case").then().statusCode(201);
        long adminId = admin.request().get("/api/v1/me").jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int p = 0; p < 300; p++) {
                long id = ((Number) em.createNativeQuery("insert into person (email, display_name) values (?1, ?2)"
                        + " returning id").setParameter(1, tag + "-" + p + "@load.test").setParameter(2, "Librarian " + p)
                        .getSingleResult()).longValue();
                em.createNativeQuery("insert into person_role values (?1, 'librarian')").setParameter(1, id)
                        .executeUpdate();
                em.createNativeQuery("insert into competency_assessment (person_id, code, level, assessed_by)"
                        + " select ?1, 'BENCH" + tag.toUpperCase() + ".' || g, 1 + (g + ?1) % 4, ?2 from generate_series(0, 39) g")
                        .setParameter(1, id).setParameter(2, adminId).executeUpdate();
            }
        });
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        // The last page holds "Librarian 99" (names sort as text); every page computes the whole matrix for the gaps.
        String[] urls = {"/competencies/matrix?framework=" + tag, "/competencies/matrix?framework=" + tag + "&page=99",
            "/competencies/matrix.csv?framework=" + tag};
        String[] expect = {"Librarian 0", "Librarian 99", "Librarian 299"};
        for (int u = 0; u < urls.length; u++) {
            for (int warm = 0; warm < 10; warm++) {
                admin.get(urls[u]).then().statusCode(200);
            }
            long best = Long.MAX_VALUE;
            long statements = 0;
            int bytes = 0;
            for (int run = 0; run < 5; run++) {
                stats.clear();
                long start = System.nanoTime();
                String page = admin.get(urls[u]).then().statusCode(200).extract().asString();
                best = Math.min(best, System.nanoTime() - start);
                statements = stats.getPrepareStatementCount();
                bytes = page.length();
                assertThat(page).contains(expect[u]);
            }
            System.out.printf("%nBENCHMARK competency matrix %s: 300+ librarians x 40 competencies served in %.0f ms"
                    + " (best of 5 after 10 warm-up requests), %d SQL statements, %d characters%n%n", urls[u].replace(tag, "<bench>"),
                    best / 1e6, statements, bytes);
            assertThat(statements).isLessThanOrEqualTo(15);
        }
    }
}
