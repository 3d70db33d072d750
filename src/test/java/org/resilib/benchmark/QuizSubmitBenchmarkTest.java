package org.resilib.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.course.Course;
import org.resilib.people.Passwords;
import org.resilib.quiz.QuizFixtures;

/**
 * Graded submissions per second for a 10-question quiz at 64 concurrent clients, over real HTTP against the embedded
 * PostgreSQL, and SQL statements per submit. Not part of the everyday test run:
 * {@code ./mvnw verify -Pbenchmark} (options: -Dbenchmark.attempts=640 -Dbenchmark.clients=64).
 */
@QuarkusTest
@Tag("benchmark")
class QuizSubmitBenchmarkTest {

    static final String QUIZ = """
            ::q1::2+2? {=4 ~3 ~5}

            ::q2::Primes? {~%50%2 ~%50%3 ~%-100%4}

            ::q3::The sky is blue. {T}

            ::q4::Capital of France? {=Paris}

            ::q5::Pi? {#3.14:0.01}

            ::q6::Match. {=cat -> animal =rose -> plant =granite -> rock}

            ::q7::3+3? {=6 ~7}

            ::q8::Water boils at 100 °C at sea level. {T}

            ::q9::Capital of China? {=Beijing =北京}

            ::q10::Square root of 81? {#9}
            """;

    @Inject
    QuizFixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Test
    void gradedSubmissionsPerSecond() throws Exception {
        int attempts = Integer.getInteger("benchmark.attempts", 640);
        int clients = Integer.getInteger("benchmark.clients", 64);
        Course course = fixtures.course(QUIZ, null, null, true);
        String hash = Passwords.hash("benchmark-2026");
        List<String> emails = QuarkusTransaction.requiringNew().call(() -> {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String email = "bench-" + course.slug + "-" + i + "@load.test";
                long id = ((Number) em.createNativeQuery("insert into person (email, display_name, password_hash)"
                        + " values (?1, 'Bench', ?2) returning id").setParameter(1, email).setParameter(2, hash)
                        .getSingleResult()).longValue();
                em.createNativeQuery("insert into person_role values (?1, 'student')").setParameter(1, id)
                        .executeUpdate();
                list.add(email);
            }
            return list;
        });

        // Untimed: every learner signs in, starts an attempt and answers every question.
        ConcurrentLinkedQueue<long[]> ready = new ConcurrentLinkedQueue<>();
        List<HttpSession> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> setup = new ArrayList<>();
            for (String email : emails) {
                setup.add(pool.submit(() -> {
                    HttpSession s = HttpSession.signIn(email, "benchmark-2026");
                    JsonPath a = s.request().contentType("application/json")
                            .post("/api/v1/courses/" + course.slug + "/quiz/attempts").then().statusCode(201)
                            .extract().jsonPath();
                    long id = a.getLong("id");
                    for (Map<String, Object> q : a.<Map<String, Object>>getList("questions")) {
                        Object response = switch ((String) q.get("type")) {
                            case "multichoice" -> ((List<Map<String, String>>) q.get("choices")).get(0).get("id");
                            case "multianswer" -> List.of(((List<Map<String, String>>) q.get("choices")).get(0).get("id"));
                            case "truefalse" -> true;
                            case "shortanswer" -> "Paris";
                            case "numerical" -> 9;
                            default -> Map.of();
                        };
                        s.request().contentType("application/json").body(Map.of("response", response))
                                .put("/api/v1/attempts/" + id + "/answers/" + q.get("id")).then().statusCode(200);
                    }
                    synchronized (sessions) {
                        sessions.add(s);
                        ready.add(new long[] {id, sessions.size() - 1});
                    }
                }));
            }
            for (Future<?> f : setup) {
                f.get();
            }

            // Timed: the clients submit every attempt as fast as the server grades them.
            Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
            stats.clear();
            long start = System.nanoTime();
            List<Future<Integer>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    int done = 0;
                    long[] next;
                    while ((next = ready.poll()) != null) {
                        HttpSession s;
                        synchronized (sessions) {
                            s = sessions.get((int) next[1]);
                        }
                        s.request().contentType("application/json").post("/api/v1/attempts/" + next[0] + "/submit")
                                .then().statusCode(200);
                        done++;
                    }
                    return done;
                }));
            }
            int submitted = 0;
            for (Future<Integer> w : workers) {
                submitted += w.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long statements = stats.getPrepareStatementCount();
            System.out.printf("%nBENCHMARK quiz submit: %d graded submissions of a 10-question quiz by %d concurrent"
                    + " clients in %.2f s = %.1f submissions/s; %.2f SQL statements per submit%n%n", submitted,
                    clients, seconds, submitted / seconds, (double) statements / submitted);
            assertThat(submitted).isEqualTo(attempts);
            Number graded = (Number) em.createNativeQuery("select count(*) from quiz_attempt where course_id = ?1"
                    + " and state = 'graded'").setParameter(1, course.id).getSingleResult();
            assertThat(graded.intValue()).isEqualTo(attempts);
        } finally {
            pool.shutdown();
        }
    }
}
