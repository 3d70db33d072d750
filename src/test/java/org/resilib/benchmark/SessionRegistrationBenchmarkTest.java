package org.resilib.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.resilib.livesession.Actor;
import org.resilib.livesession.Seat;
import org.resilib.livesession.registration.SessionRegistrations;
import org.resilib.people.Passwords;

/**
 * Registrations per second for one live session of capacity 500 at 64 concurrent clients, with the confirmed and
 * waitlisted counts, the waitlist places told and the mail queued checked exactly (640 learners: 500 confirmed, 140
 * waitlisted told places 1..140, one message each): over real HTTP, and through the registration service alone (the
 * same transactions, without the HTTP stack, sign-in and the clients' own CPU, which share these cores).
 * {@code ./mvnw verify -Pbenchmark} (-Dbenchmark.registrants=640 -Dbenchmark.clients=64 -Dbenchmark.capacity=500).
 */
@QuarkusTest
@Tag("benchmark")
class SessionRegistrationBenchmarkTest {

    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");

    @Inject
    EntityManager em;

    @Inject
    SessionRegistrations registrations;

    final int people = Integer.getInteger("benchmark.registrants", 640);
    final int clients = Integer.getInteger("benchmark.clients", 64);
    final int capacity = Integer.getInteger("benchmark.capacity", 500);

    @Test
    void registrationsPerSecond() throws Exception {
        Map<Long, String> learners = learners(Passwords.hash("benchmark-2026"));
        long session = session();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            ConcurrentLinkedQueue<HttpSession> ready = new ConcurrentLinkedQueue<>();
            List<Future<?>> signIns = new ArrayList<>();
            for (String email : learners.values()) {
                signIns.add(pool.submit(() -> ready.add(HttpSession.signIn(email, "benchmark-2026"))));
            }
            for (Future<?> f : signIns) {
                f.get();
            }
            ConcurrentLinkedQueue<Integer> places = new ConcurrentLinkedQueue<>();
            CpuUse cpu = CpuUse.now();
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
                    + " %d concurrent clients in %.2f s = %.1f registrations/s%n%s%n%n", done, capacity, clients,
                    seconds, done / seconds, CpuUse.now().since(cpu, done));
            check(session, places);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void registrationsPerSecondThroughTheService() throws Exception {
        Map<Long, String> learners = learners("not-used");
        long session = session();
        ConcurrentLinkedQueue<Actor> ready = new ConcurrentLinkedQueue<>();
        learners.keySet().forEach(id -> ready.add(new Actor(id, false, false, false, Locale.ENGLISH,
                ZoneId.of("UTC"))));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            ConcurrentLinkedQueue<Integer> places = new ConcurrentLinkedQueue<>();
            CpuUse cpu = CpuUse.now();
            long start = System.nanoTime();
            List<Future<Integer>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    int n = 0;
                    Actor a;
                    while ((a = ready.poll()) != null) {
                        Seat seat = registrations.register(session, a);
                        assertThat(seat.created()).isTrue();
                        if (seat.position() != null) {
                            places.add(seat.position());
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
            System.out.printf("%nBENCHMARK session registration through the service (no HTTP): %d registrations for"
                    + " one session of capacity %d by %d concurrent threads in %.2f s = %.1f registrations/s%n%s%n%n",
                    done, capacity, clients, seconds, done / seconds, CpuUse.now().since(cpu, done));
            check(session, places);
        } finally {
            pool.shutdown();
        }
    }

    /** The learners (id, email), students with this password hash. */
    private Map<Long, String> learners(String hash) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> list = new LinkedHashMap<>();
            for (int i = 0; i < people; i++) {
                String email = "reg-" + tag + "-" + i + "@load.test";
                long id = ((Number) em.createNativeQuery("insert into person (email, display_name, password_hash)"
                        + " values (?1, 'Bench', ?2) returning id").setParameter(1, email).setParameter(2, hash)
                        .getSingleResult()).longValue();
                em.createNativeQuery("insert into person_role values (?1, 'student')").setParameter(1, id)
                        .executeUpdate();
                list.put(id, email);
            }
            return list;
        });
    }

    private long session() {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Benchmark " + UUID.randomUUID(),
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString(),
                "timeZone", "Asia/Shanghai", "durationMinutes", 60, "capacity", capacity, "platform", "zoom",
                "audience", "everyone"));
        return HttpSession.admin().request().contentType("application/json").body(body).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Exactly the capacity confirmed, the rest waitlisted and told places 1..n, one message queued each. */
    private void check(long session, ConcurrentLinkedQueue<Integer> places) {
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
        // Checked: what is still to send is marked sent, so that the next measurement does not share the cores with
        // its delivery to the test mail server (the one being sent, locked, is left to the drainer).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update mail_outbox set sent_at = now() where"
                + " id in (select id from mail_outbox where sent_at is null and kind = 'session' and cast(payload ->>"
                + " 'session' as bigint) = ?1 for update skip locked)").setParameter(1, session).executeUpdate());
    }
}
