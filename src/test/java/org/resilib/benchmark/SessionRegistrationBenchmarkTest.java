package org.resilib.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.people.Passwords;

/**
 * Registrations per second for one live session of capacity 500 at 64 concurrent clients, over real HTTP, with the
 * confirmed and waitlisted counts checked exactly (640 learners: 500 confirmed, 140 waitlisted).
 * {@code ./mvnw verify -Pbenchmark} (-Dbenchmark.registrants=640 -Dbenchmark.clients=64 -Dbenchmark.capacity=500).
 */
@QuarkusTest
@Tag("benchmark")
class SessionRegistrationBenchmarkTest {

    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");

    @Inject
    EntityManager em;

    @Test
    void registrationsPerSecond() throws Exception {
        int people = Integer.getInteger("benchmark.registrants", 640);
        int clients = Integer.getInteger("benchmark.clients", 64);
        int capacity = Integer.getInteger("benchmark.capacity", 500);
        String hash = Passwords.hash("benchmark-2026");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = QuarkusTransaction.requiringNew().call(() -> {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String email = "reg-" + tag + "-" + i + "@load.test";
                long id = ((Number) em.createNativeQuery("insert into person (email, display_name, password_hash)"
                        + " values (?1, 'Bench', ?2) returning id").setParameter(1, email).setParameter(2, hash)
                        .getSingleResult()).longValue();
                em.createNativeQuery("insert into person_role values (?1, 'student')").setParameter(1, id)
                        .executeUpdate();
                list.add(email);
            }
            return list;
        });
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = new HashMap<>(Map.of("title", "Benchmark " + tag,
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString(),
                "timeZone", "Asia/Shanghai", "durationMinutes", 60, "capacity", capacity, "platform", "zoom",
                "audience", "everyone"));
        long session = admin.request().contentType("application/json").body(body).post("/api/v1/sessions").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            ConcurrentLinkedQueue<HttpSession> ready = new ConcurrentLinkedQueue<>();
            List<Future<?>> signIns = new ArrayList<>();
            for (String email : emails) {
                signIns.add(pool.submit(() -> ready.add(HttpSession.signIn(email, "benchmark-2026"))));
            }
            for (Future<?> f : signIns) {
                f.get();
            }
            ConcurrentLinkedQueue<Integer> places = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            List<Future<Integer>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    int n = 0;
                    HttpSession s;
                    while ((s = ready.poll()) != null) {
                        // The body as text and a regular expression: a JSON path (Groovy) would cost the client, in
                        // this JVM and on these cores, more than the server's work.
                        Matcher place = POSITION.matcher(s.request().contentType("application/json")
                                .post("/api/v1/sessions/" + session + "/registrations").then().statusCode(201)
                                .extract().asString());
                        if (place.find()) {
                            places.add(Integer.valueOf(place.group(1)));
                        }
                        n++;
                    }
                    return n;
                }));
            }
            int done = 0;
            for (Future<Integer> w : workers) {
                done += w.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%nBENCHMARK session registration: %d registrations for one session of capacity %d by"
                    + " %d concurrent clients in %.2f s = %.1f registrations/s%n%n", done, capacity, clients, seconds,
                    done / seconds);
            Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where status = 'CONFIRMED'),"
                    + " count(*) filter (where status = 'WAITLISTED'), count(distinct person_id) from"
                    + " session_registration where session_id = ?1").setParameter(1, session).getSingleResult();
            assertThat(((Number) counts[0]).intValue()).isEqualTo(Math.min(capacity, people));
            assertThat(((Number) counts[1]).intValue()).isEqualTo(Math.max(0, people - capacity));
            assertThat(((Number) counts[2]).intValue()).isEqualTo(people);
            assertThat(places).as("each waitlisted learner told a place of their own")
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, Math.max(0, people - capacity))
                            .boxed().toList());
            Object[] mail = (Object[]) em.createNativeQuery("select count(*), count(distinct payload ->> 'person'),"
                    + " count(*) filter (where payload ->> 'kind' = 'confirmed') from mail_outbox where kind ="
                    + " 'session' and cast(payload ->> 'session' as bigint) = ?1").setParameter(1, session)
                    .getSingleResult();
            assertThat(((Number) mail[0]).intValue()).as("one message queued per registration").isEqualTo(people);
            assertThat(((Number) mail[1]).intValue()).isEqualTo(people);
            assertThat(((Number) mail[2]).intValue()).isEqualTo(Math.min(capacity, people));
        } finally {
            pool.shutdown();
        }
    }
}
