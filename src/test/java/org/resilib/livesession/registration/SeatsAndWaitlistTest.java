package org.resilib.livesession.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.RollbackException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resilib.EmbeddedPostgresResource;
import org.resilib.course.Audience;
import org.resilib.livesession.Actor;
import org.resilib.livesession.Platform;
import org.resilib.livesession.Registration;
import org.resilib.livesession.Seat;
import org.resilib.livesession.scheduling.SessionInput;
import org.resilib.livesession.scheduling.SessionScheduling;

/**
 * Seats and the waitlist under concurrency, through the services (no HTTP, so that many registrations really
 * overlap): exactly the capacity confirmed, the rest waitlisted in the order they joined with the places they were
 * told, a seat given back by a registration that rolls back, a cancellation promoting exactly one, changes of
 * capacity, and the free seat rows always matching capacity minus confirmed.
 */
@QuarkusTest
class SeatsAndWaitlistTest {

    @Inject
    SessionRegistrations registrations;

    @Inject
    SessionScheduling scheduling;

    @Inject
    EntityManager em;

    static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void concurrentRegistrationsFillTheCapacityAndQueueTheRestInTheOrderTheyJoined() throws Exception {
        long session = session(7);
        List<Actor> people = learners(40);
        List<Callable<Seat>> calls = new ArrayList<>();
        List<Actor> callers = new ArrayList<>();
        for (Actor p : people) {
            // Each person twice at once, as a double click does.
            calls.add(() -> registrations.register(session, p));
            calls.add(() -> registrations.register(session, p));
            callers.add(p);
            callers.add(p);
        }
        List<Future<Seat>> results = pool.invokeAll(calls);
        Map<Long, List<Seat>> byPerson = new HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            byPerson.computeIfAbsent(callers.get(i).personId(), k -> new ArrayList<>()).add(results.get(i).get());
        }

        assertThat(count(session, Registration.CONFIRMED)).isEqualTo(7);
        assertThat(count(session, Registration.WAITLISTED)).isEqualTo(33);
        assertThat(freeSeats(session)).isZero();
        List<Integer> told = new ArrayList<>();
        byPerson.forEach((person, seats) -> {
            assertThat(seats).as("one registration per person").filteredOn(Seat::created).hasSize(1);
            assertThat(seats.get(0).status()).isEqualTo(seats.get(1).status());
            assertThat(seats.get(0).position()).isEqualTo(seats.get(1).position());
            if (Registration.WAITLISTED.equals(seats.get(0).status())) {
                told.add(seats.stream().filter(Seat::created).findFirst().orElseThrow().position());
            }
        });
        assertThat(told).as("each waitlisted person told a place of their own")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 33).boxed().toList());
        List<Long> queue = queue(session);
        for (int p = 1; p <= 33; p++) {
            long person = queue.get(p - 1);
            assertThat(byPerson.get(person).get(0).position()).as("the place told is the place held").isEqualTo(p);
        }
        assertConfirmedJoinedBeforeTheWaitlist(session);
        Map<Long, List<String>> mail = mail(session);
        assertThat(mail).hasSize(40);
        byPerson.forEach((person, seats) -> assertThat(mail.get(person)).as("one mail per registration")
                .containsExactly(seats.get(0).status().toLowerCase(Locale.ROOT)));
    }

    @Test
    void aRegistrationThatRollsBackGivesItsSeatToTheOneWaitingForIt() throws Exception {
        long session = session(1);
        List<Actor> p = learners(2);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Seat> taken = new AtomicReference<>();
        Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            taken.set(registrations.register(session, p.get(0)));
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            QuarkusTransaction.setRollbackOnly();
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(taken.get().status()).isEqualTo(Registration.CONFIRMED);
        Future<Seat> second = pool.submit(() -> registrations.register(session, p.get(1)));
        Thread.sleep(500);
        assertThat(second.isDone()).as("the last seat is being taken: the next one waits to know").isFalse();
        release.countDown();
        assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).as("rolled back")
                .hasMessageContaining(RollbackException.class.getName());
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new Seat(Registration.CONFIRMED, null, true));
        assertThat(status(session, p.get(0))).isNull();
        assertThat(count(session, Registration.CONFIRMED)).isEqualTo(1);
        assertThat(freeSeats(session)).isZero();
        assertThat(mail(session)).containsOnlyKeys(p.get(1).personId());
    }

    @Test
    void whenTheLastSeatIsTakenTheNextOneWaitsAndIsWaitlistedFirst() throws Exception {
        long session = session(1);
        List<Actor> p = learners(2);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Seat> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            Seat s = registrations.register(session, p.get(0));
            holding.countDown();
            release.await(30, TimeUnit.SECONDS);
            return s;
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Seat> second = pool.submit(() -> registrations.register(session, p.get(1)));
        Thread.sleep(500);
        assertThat(second.isDone()).isFalse();
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(new Seat(Registration.CONFIRMED, null, true));
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new Seat(Registration.WAITLISTED, 1, true));
    }

    @Test
    void aCancellationPromotesExactlyTheFirstWaitingAndAnEmptyWaitlistGetsTheSeatBack() {
        long session = session(2);
        List<Actor> p = learners(6);
        for (int i = 0; i < 5; i++) {
            registrations.register(session, p.get(i));
        }
        assertThat(queue(session)).containsExactly(p.get(2).personId(), p.get(3).personId(), p.get(4).personId());

        registrations.unregister(session, p.get(0));
        assertThat(status(session, p.get(2))).isEqualTo(Registration.CONFIRMED);
        assertThat(queue(session)).containsExactly(p.get(3).personId(), p.get(4).personId());
        assertThat(count(session, Registration.CONFIRMED)).isEqualTo(2);
        assertThat(mail(session).get(p.get(2).personId())).containsExactly("waitlisted", "promoted");
        registrations.unregister(session, p.get(0));
        assertThat(count(session, Registration.CONFIRMED)).as("cancelling twice frees one seat").isEqualTo(2);

        registrations.unregister(session, p.get(3));
        assertThat(count(session, Registration.CONFIRMED)).as("a waitlisted person leaving frees no seat")
                .isEqualTo(2);
        assertThat(registrations.register(session, p.get(4))).isEqualTo(new Seat(Registration.WAITLISTED, 1, false));

        registrations.unregister(session, p.get(1));
        registrations.unregister(session, p.get(2));
        assertThat(queue(session)).isEmpty();
        assertThat(freeSeats(session)).isEqualTo(1);
        assertThat(registrations.register(session, p.get(5)).status()).isEqualTo(Registration.CONFIRMED);
        assertThat(registrations.register(session, p.get(0))).as("again after cancelling: at the end of the queue")
                .isEqualTo(new Seat(Registration.WAITLISTED, 1, true));
        assertThat(freeSeats(session)).isZero();
    }

    @Test
    void cancellationsAndRegistrationsAtOnceKeepSeatsAndQueueExact() throws Exception {
        long session = session(5);
        List<Actor> p = learners(30);
        for (int i = 0; i < 15; i++) {
            registrations.register(session, p.get(i));
        }
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Actor a = p.get(i);
            if (i % 2 == 0) {
                calls.add(() -> {
                    registrations.unregister(session, a);
                    return null;
                });
            }
        }
        for (int i = 15; i < 30; i++) {
            Actor a = p.get(i);
            calls.add(() -> registrations.register(session, a));
        }
        Collections.shuffle(calls);
        for (Future<Object> f : pool.invokeAll(calls)) {
            f.get();
        }
        int active = 30 - 8;
        assertThat(count(session, Registration.CONFIRMED)).isEqualTo(5);
        assertThat(count(session, Registration.WAITLISTED)).isEqualTo(active - 5);
        assertThat(freeSeats(session)).isZero();
        assertConfirmedJoinedBeforeTheWaitlist(session);
        List<Long> queue = queue(session);
        for (int i = 0; i < queue.size(); i++) {
            long person = queue.get(i);
            Actor a = p.stream().filter(x -> x.personId() == person).findFirst().orElseThrow();
            assertThat(registrations.register(session, a).position()).isEqualTo(i + 1);
        }
    }

    @Test
    void changesOfCapacityPromoteInOrderAndKeepTheFreeSeatsRight() {
        Actor admin = admin();
        long session = session(3);
        List<Actor> p = learners(7);
        for (int i = 0; i < 6; i++) {
            registrations.register(session, p.get(i));
        }
        scheduling.update(session, input(1), admin);
        assertThat(count(session, Registration.CONFIRMED)).as("lowered below the confirmed: they keep their seats")
                .isEqualTo(3);
        assertThat(freeSeats(session)).isZero();
        registrations.unregister(session, p.get(0));
        assertThat(count(session, Registration.CONFIRMED)).as("still more confirmed than the capacity").isEqualTo(2);
        assertThat(queue(session)).hasSize(3);

        scheduling.update(session, input(4), admin);
        assertThat(status(session, p.get(3))).isEqualTo(Registration.CONFIRMED);
        assertThat(status(session, p.get(4))).isEqualTo(Registration.CONFIRMED);
        assertThat(queue(session)).containsExactly(p.get(5).personId());
        assertThat(freeSeats(session)).isZero();

        scheduling.update(session, input(null), admin);
        assertThat(queue(session)).as("no capacity: everyone confirmed").isEmpty();
        assertThat(count(session, Registration.CONFIRMED)).isEqualTo(5);
        assertThat(freeSeats(session)).isZero();

        scheduling.update(session, input(10), admin);
        assertThat(freeSeats(session)).isEqualTo(5);
        assertThat(registrations.register(session, p.get(6)).status()).isEqualTo(Registration.CONFIRMED);
        assertThat(freeSeats(session)).isEqualTo(4);

        scheduling.cancel(session, admin);
        assertThat(freeSeats(session)).isZero();
    }

    // --- fixtures and reads

    private long session(Integer capacity) {
        return scheduling.create(input(capacity), admin()).first().id();
    }

    private static SessionInput input(Integer capacity) {
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        return new SessionInput(Map.of("zh-CN", "座位", "en", "Seats"), Map.of(), start, "Asia/Shanghai", 60, capacity,
                Platform.ZOOM, "https://zoom.example.edu/j/1", null, Audience.EVERYONE, null, null, null, null);
    }

    private Actor admin() {
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from person where email = ?1").setParameter(1, EmbeddedPostgresResource.ADMIN_EMAIL)
                .getSingleResult()).longValue());
        return new Actor(id, true, true, true, Locale.ENGLISH, ZoneId.of("UTC"));
    }

    /**
     * Learners who take part in registrations but, being inactive, are sent no mail: the outbox rows are what these
     * tests check, and a hundred deliveries to the test mail server would hold up the mail that other tests wait for.
     */
    private List<Actor> learners(int n) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Actor> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long id = ((Number) em.createNativeQuery("insert into person (email, display_name, password_hash,"
                        + " active) values (?1, 'Seat', 'x', false) returning id").setParameter(1, "seat-" + tag + "-" + i
                        + "@test.resilib").getSingleResult()).longValue();
                list.add(new Actor(id, false, false, false, Locale.ENGLISH, ZoneId.of("UTC")));
            }
            return list;
        });
    }

    private long count(long session, String status) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from"
                + " session_registration where session_id = ?1 and status = ?2").setParameter(1, session)
                .setParameter(2, status).getSingleResult()).longValue());
    }

    private long freeSeats(long session) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from"
                + " session_free_seat where session_id = ?1").setParameter(1, session).getSingleResult()).longValue());
    }

    private String status(long session, Actor a) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select status from session_registration where session_id = ?1 and"
                    + " person_id = ?2 and status <> 'CANCELLED'").setParameter(1, session)
                    .setParameter(2, a.personId()).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }

    /** The waitlist's people, first first. */
    private List<Long> queue(long session) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select person_id from session_registration where session_id = ?1"
                    + " and status = 'WAITLISTED' order by queued_at, id").setParameter(1, session).getResultList();
            return ids.stream().map(Number::longValue).toList();
        });
    }

    /** Nobody holds a seat who joined after someone still waiting. */
    private void assertConfirmedJoinedBeforeTheWaitlist(long session) {
        Boolean inOrder = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery("select"
                + " coalesce(max(queued_at) filter (where status = 'CONFIRMED') < min(queued_at) filter (where status"
                + " = 'WAITLISTED'), true) from session_registration where session_id = ?1").setParameter(1, session)
                .getSingleResult());
        assertThat(inOrder).isTrue();
    }

    /** The kinds of session mail queued for each person, oldest first. */
    private Map<Long, List<String>> mail(long session) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select cast(payload ->> 'person' as bigint), payload ->> 'kind'"
                    + " from mail_outbox where kind = 'session' and cast(payload ->> 'session' as bigint) = ?1 order"
                    + " by id").setParameter(1, session).getResultList();
            Map<Long, List<String>> out = new LinkedHashMap<>();
            rows.forEach(r -> out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add((String) r[1]));
            return out;
        });
    }
}
