package org.resilib.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.survey.SurveyLoader;

/**
 * A survey's results with 100,000 responses: the results page, its JSON, a page of texts and a search, and the
 * whole CSV and XLSX exports, each timed (best of several, after a warm-up) beside {@code /q/health/live} in the
 * same run, with its SQL statements. {@code ./mvnw verify -Pbenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class SurveyResultsBenchmarkTest {

    static final int RESPONSES = Integer.getInteger("benchmark.survey-responses", 100_000);

    static final String SURVEY = """
            title: { en: Closure services, zh-CN: 闭馆期间的服务 }
            audience: everyone
            anonymous: true
            pages:
              - questions:
                  - id: channel
                    type: single
                    other: true
                    text: { en: "How did you reach us?" }
                    options:
                      - { id: chat, text: { en: Chat } }
                      - { id: mail, text: { en: Mail } }
                  - id: wants
                    type: multiple
                    text: { en: "What should we add?" }
                    options:
                      - { id: hours, text: { en: Longer hours } }
                      - { id: guides, text: { en: Guides } }
                      - { id: trials, text: { en: Database trials } }
                  - id: agree
                    type: likert
                    points: 5
                    text: { en: The desk }
                    statements:
                      - { id: fast, text: { en: Answers came fast } }
                      - { id: kind, text: { en: Staff were kind } }
                  - id: recommend
                    type: recommend
                    text: { en: "Would you recommend the desk?" }
                  - id: hours
                    type: number
                    min: 0
                    max: 100
                    text: { en: Hours a week }
                  - id: note
                    type: longtext
                    text: { en: Anything else }
            """;

    @Inject
    SurveyLoader loader;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Test
    void resultsAndExportsOf100000Responses() throws Exception {
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Path root = Files.createTempDirectory("surveys");
        Files.createDirectories(root.resolve("surveys"));
        Files.writeString(root.resolve("surveys").resolve(slug + ".yaml"), SURVEY);
        assertThat(loader.load(root)).isEmpty();
        long seeded = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into survey_response (id, survey_id,"
                + " submitted_on, respondent_role, answers) select gen_random_uuid(), s.id, current_date - g % 60, case"
                + " g % 3 when 0 then 'student' when 1 then 'staff' else 'visitor' end, jsonb_build_object('channel',"
                + " case when g % 10 = 0 then jsonb_build_object('option', 'other', 'other', 'WeChat group ' || g %"
                + " 500) when g % 2 = 0 then to_jsonb('chat'::text) else to_jsonb('mail'::text) end, 'wants', case g % 3"
                + " when 0 then '[\"hours\", \"guides\"]'::jsonb when 1 then '[\"hours\"]'::jsonb else '[\"trials\","
                + " \"guides\", \"hours\"]'::jsonb end, 'agree', jsonb_build_object('fast', 1 + g % 5, 'kind', 1 + (g"
                + " / 7) % 5), 'recommend', g % 11, 'hours', g % 40, 'note', 'Note ' || g) from survey s,"
                + " generate_series(1, ?2) g where s.slug = ?1").setParameter(1, slug).setParameter(2, RESPONSES)
                .executeUpdate());
        System.out.printf("%nBENCHMARK survey results: %,d responses seeded in %.1f s%n", RESPONSES,
                (System.nanoTime() - seeded) / 1e9);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze survey_response").executeUpdate());

        HttpSession admin = HttpSession.admin();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        double health = best(10, () -> admin.request().get("/q/health/live"), null);
        System.out.printf("BENCHMARK survey results: /q/health/live %.1f ms (best of 10)%n", health);
        String base = "/surveys/" + slug + "/results";
        String[][] routes = {
            {"results page", base + "?lang=en", "<svg"},
            {"results page, staff only", base + "?role=staff&lang=en", "<svg"},
            {"results JSON", "/api/v1/surveys/" + slug + "/results", "\"respondents\""},
            {"texts, page 100", base + "/note/texts?page=100&lang=en", "Page 100 of"},
            {"texts, search", base + "/note/texts?q=Note 1234&lang=en", "Note 12345"},
        };
        for (String[] r : routes) {
            long[] statements = {0};
            double ms = best(5, () -> {
                stats.clear();
                Response res = admin.request().get(r[1]);
                statements[0] = stats.getPrepareStatementCount();
                return res;
            }, r[2]);
            System.out.printf("BENCHMARK survey results: %-26s %8.1f ms (%5.0f x health), %d SQL statements%n", r[0],
                    ms, ms / health, statements[0]);
            assertThat(statements[0]).as(r[0]).isLessThanOrEqualTo(8);
        }
        for (String format : new String[] {"csv", "xlsx"}) {
            long start = System.nanoTime();
            byte[] body = admin.request().get("/api/v1/surveys/" + slug + "/responses." + format).then()
                    .statusCode(200).extract().asByteArray();
            double s = (System.nanoTime() - start) / 1e9;
            if (format.equals("csv")) {
                assertThat(new String(body, StandardCharsets.UTF_8).lines().count())
                        .isEqualTo(RESPONSES + 1L);
            }
            System.out.printf("BENCHMARK survey results: export %-4s %,d responses in %.1f s (%,d bytes, %,.0f"
                    + " responses/s)%n", format, RESPONSES, s, body.length, RESPONSES / s);
        }
        System.out.println();
    }

    /** The best of {@code runs} requests' times in ms, after as many warm-ups; each answer has {@code expect}. */
    private static double best(int runs, Supplier<Response> request, String expect) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2 * runs; i++) {
            long start = System.nanoTime();
            Response res = request.get();
            double ms = (System.nanoTime() - start) / 1e6;
            assertThat(res.statusCode()).isEqualTo(200);
            if (expect != null) {
                assertThat(res.asString()).contains(expect);
            }
            if (i >= runs) {
                best = Math.min(best, ms);
            }
        }
        return best;
    }
}
