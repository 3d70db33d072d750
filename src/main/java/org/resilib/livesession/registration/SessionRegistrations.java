package org.resilib.livesession.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.resilib.course.Audience;
import org.resilib.livesession.Actor;
import org.resilib.livesession.LiveSession;
import org.resilib.livesession.Registration;
import org.resilib.livesession.Seat;
import org.resilib.livesession.SessionEvent;
import org.resilib.livesession.Sessions;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;

/**
 * Registration with capacity and waitlist, and the registrants as organisers see them.
 *
 * <p>A session with a capacity has one {@code session_free_seat} row per free seat. Three kinds of lock keep seats
 * and the waitlist exact with any number of instances (all transaction-scoped, so safe behind a transaction-pooling
 * proxy):
 * <ul>
 * <li>every registration and unregistration holds the session row {@code FOR KEY SHARE}, which does not stop the
 * others but does stop a change of the session (capacity, times, audience) or its cancellation, which lock the row
 * {@code FOR UPDATE} ({@link Sessions#forChange}): while one is in progress no registration is, so its counts are
 * exact;</li>
 * <li>a registration takes a free seat by deleting a row it locks with {@code FOR UPDATE SKIP LOCKED}: concurrent
 * registrations take different rows and commit in parallel, and one that rolls back gives its row back;</li>
 * <li>joining the waitlist, unregistering and promoting hold the session's waitlist lock (an advisory lock): they
 * run one at a time per session, and the waitlist is only joined after waiting for every seat still being taken, so
 * nobody waits while a seat is free, the waitlist is in the order its members joined and each is told the place
 * that is theirs.</li>
 * </ul>
 * The unique (session, person) key makes a second registration of the same person return the first.
 */
@ApplicationScoped
public class SessionRegistrations {

    /**
     * The session's waitlist lock, taken to join the waitlist, to unregister and to promote: a transaction-scoped
     * advisory lock (safe behind a transaction-pooling proxy) whose first key is this feature's lock space.
     */
    private static final String LOCK_WAITLIST = "select pg_advisory_xact_lock(" + 0x5ea7 + ", cast(?1 as int))";

    /** {@code ?1} (the session) and {@code ?2} (the person), as plain JDBC wants them. */
    private static final Pattern PARAMETER = Pattern.compile("\\?([12])");

    /** The registration of one person, made the first time or again after a cancellation (the row is kept). */
    private static final String UPSERT = "insert into session_registration (session_id, person_id, status) %s"
            + " on conflict (session_id, person_id) do update set status = excluded.status,"
            + " queued_at = excluded.queued_at, registered_at = excluded.registered_at, cancelled_at = null"
            + " where session_registration.status = 'CANCELLED' returning id, status, queued_at";

    private final EntityManager em;
    private final Event<SessionEvent> events;
    private final PeopleDirectory people;

    SessionRegistrations(EntityManager em, Event<SessionEvent> events, PeopleDirectory people) {
        this.em = em;
        this.events = events;
        this.people = people;
    }

    /** Registers the person: confirmed while seats remain, else on the waitlist in order; again, the same seat. */
    @Transactional
    public Seat register(long sessionId, Actor actor) {
        long person = actor.personId();
        // The session's rules and the person's registration in one statement, the row held FOR KEY SHARE until the
        // commit: the session cannot be cancelled or changed under this registration, other registrations go on.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.status, s.audience, (s.registration_opens_at is null or"
                + " now() >= s.registration_opens_at) and now() < coalesce(s.registration_closes_at, s.starts_at),"
                + " s.capacity, r.id, r.status from live_session s left join session_registration r on"
                + " r.session_id = s.id and r.person_id = ?2 where s.id = ?1 for key share of s")
                .setParameter(1, sessionId).setParameter(2, person).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("session");
        }
        Object[] s = rows.get(0);
        if (s[4] != null && !Registration.CANCELLED.equals(s[5])) {
            return existing((String) s[5], ((Number) s[4]).longValue());
        }
        if (LiveSession.CANCELLED.equals(s[0])) {
            throw DomainException.conflict(null, "session_cancelled");
        }
        if (Audience.LIBRARIANS.key().equals(s[1]) && !actor.staff()) {
            throw DomainException.conflict(null, "session_wrong_audience");
        }
        if (!Boolean.TRUE.equals(s[2])) {
            throw DomainException.conflict(null, "session_registration_closed");
        }
        Decision d = s[3] == null ? unlimited(sessionId, person) : takeFreeSeat(sessionId, person);
        if (d == null) {
            d = joinWaitlist(sessionId, person);
        }
        if (d.id() == null) {
            // The same person registered in a transaction that committed meanwhile: theirs stands. A free seat taken
            // without the waitlist lock went back already (takeFreeSeat); one taken while joining the waitlist goes
            // back as a new row, under that lock, so whoever joins next sees it.
            if (d.tookSeat()) {
                em.createNativeQuery("insert into session_free_seat (session_id) values (?1)")
                        .setParameter(1, sessionId).executeUpdate();
            }
            Object[] r = (Object[]) em.createNativeQuery("select id, status from session_registration where"
                    + " session_id = ?1 and person_id = ?2").setParameter(1, sessionId).setParameter(2, person)
                    .getSingleResult();
            return existing((String) r[1], ((Number) r[0]).longValue());
        }
        Sessions.fire(events, Registration.CONFIRMED.equals(d.status()) ? SessionEvent.Kind.CONFIRMED
                : SessionEvent.Kind.WAITLISTED, sessionId, List.of(person));
        return new Seat(d.status(), d.position(), true);
    }

    /**
     * What a registration came to: its row (null when the person's other registration won), its status, its place
     * on the waitlist, and whether it took a free seat row.
     */
    private record Decision(Long id, String status, Integer position, boolean tookSeat) {
    }

    /** No capacity: confirmed, nothing to count. */
    private Decision unlimited(long sessionId, long person) {
        @SuppressWarnings("unchecked")
        List<Object[]> reg = em.createNativeQuery(UPSERT.formatted("values (?1, ?2, 'CONFIRMED')"))
                .setParameter(1, sessionId).setParameter(2, person).getResultList();
        return new Decision(reg.isEmpty() ? null : ((Number) reg.get(0)[0]).longValue(), Registration.CONFIRMED, null,
                false);
    }

    /**
     * Takes a free seat no other transaction holds, and the confirmed registration with it, in one statement that
     * waits for no other registration (only for the same person's, through the unique key); null when every free seat
     * is taken or being taken.
     *
     * <p>When the same person's other registration won (the upsert made no row), the seat goes back by rolling back
     * to a savepoint taken before the statement: the very row is free again, its lock released, so a registration
     * waiting for it (joining the waitlist waits for every seat being taken) gets it. Inserting a new row instead
     * would put a seat where no snapshot taken meanwhile sees it, and someone could join the waitlist while it is
     * free.
     */
    private Decision takeFreeSeat(long sessionId, long person) {
        em.flush(); // nothing of this transaction may be pending in Hibernate when the savepoint is rolled back
        String take = "with seat as (delete from session_free_seat where id = (select id from session_free_seat"
                + " where session_id = ?1 limit 1 for update skip locked) returning id),"
                + " reg as (" + UPSERT.formatted("select ?1, ?2, 'CONFIRMED' from seat") + ")"
                + " select (select count(*) from seat), (select id from reg)";
        return em.unwrap(Session.class).doReturningWork(c -> {
            // As SQL, not Connection.setSavepoint: the pool refuses rollbacks on a connection enlisted in JTA.
            try (Statement st = c.createStatement()) {
                st.execute("savepoint take_seat");
            }
            boolean seat;
            Long registration;
            try (PreparedStatement ps = prepare(c, take, sessionId, person); ResultSet r = ps.executeQuery()) {
                r.next();
                seat = r.getInt(1) > 0;
                long id = r.getLong(2);
                registration = r.wasNull() ? null : id;
            }
            try (Statement st = c.createStatement()) {
                if (seat && registration == null) {
                    st.execute("rollback to savepoint take_seat");
                    return new Decision(null, Registration.CONFIRMED, null, false);
                }
                st.execute("release savepoint take_seat");
            }
            return seat ? new Decision(registration, Registration.CONFIRMED, null, true) : null;
        });
    }

    /** A statement with {@code ?1} (the session) and {@code ?2} (the person) bound, as plain JDBC wants them. */
    private static PreparedStatement prepare(Connection c, String sql, long sessionId, long person)
            throws SQLException {
        List<Long> order = new ArrayList<>();
        String jdbc = PARAMETER.matcher(sql).replaceAll(p -> {
            order.add(Long.parseLong(p.group(1)) == 1 ? sessionId : person);
            return "?";
        });
        PreparedStatement ps = c.prepareStatement(jdbc);
        for (int i = 0; i < order.size(); i++) {
            ps.setLong(i + 1, order.get(i));
        }
        return ps;
    }

    /**
     * Under the session's waitlist lock, waits for every free seat still held by a registration in progress (one that
     * rolls back leaves its seat free, and it is taken here); with none left, joins the waitlist, its place counted in
     * the same statement: everyone ahead has committed, and whoever joins next waits for this commit.
     *
     * <p>The lock and that statement go in one round trip (two statements, the second with a snapshot taken once the
     * lock is held), so the lock is held for the decision, the outbox row and the commit, and no more.
     */
    private Decision joinWaitlist(long sessionId, long person) {
        String join = "with seat as (delete from session_free_seat where id = (select id from session_free_seat where"
                + " session_id = ?1 limit 1 for update) returning id), reg as (" + UPSERT.formatted("select ?1, ?2,"
                + " case when exists (select 1 from seat) then 'CONFIRMED' else 'WAITLISTED' end") + ")"
                + " select (select count(*) from seat), reg.id, (select count(*) + 1 from session_registration w"
                + " where w.session_id = ?1 and w.status = 'WAITLISTED' and (w.queued_at, w.id) < (reg.queued_at,"
                + " reg.id)) from (select 1) one left join reg on true";
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, LOCK_WAITLIST + "; " + join, sessionId, person)) {
                ps.execute();
                if (!ps.getMoreResults()) {
                    throw new IllegalStateException("No result from joining the waitlist");
                }
                try (ResultSet r = ps.getResultSet()) {
                    r.next();
                    boolean seat = r.getInt(1) > 0;
                    long id = r.getLong(2);
                    Long registration = r.wasNull() ? null : id;
                    Integer position = registration == null || seat ? null : r.getInt(3);
                    return new Decision(registration, seat ? Registration.CONFIRMED : Registration.WAITLISTED,
                            position, seat);
                }
            }
        });
    }

    private void lockWaitlist(long sessionId) {
        em.createNativeQuery(LOCK_WAITLIST).setParameter(1, sessionId).getSingleResult();
    }

    /** A registration that already stood: its status and place. */
    private Seat existing(String status, long registrationId) {
        return new Seat(status, Registration.WAITLISTED.equals(status) ? position(registrationId) : null, false);
    }

    private int position(long registrationId) {
        return ((Number) em.createNativeQuery("select count(*) + 1 from session_registration r join"
                + " session_registration w on w.session_id = r.session_id and w.status = 'WAITLISTED' and"
                + " (w.queued_at, w.id) < (r.queued_at, r.id) where r.id = ?1").setParameter(1, registrationId)
                .getSingleResult()).intValue();
    }

    /**
     * Registers for every session of the series still open for registration, each under its own locks, in one
     * transaction; sessions already registered for are left as they are.
     */
    @Transactional
    public Map<Long, Seat> registerSeries(long sessionId, Actor actor) {
        LiveSession s = Sessions.find(sessionId);
        long series = s.seriesId == null ? s.id : s.seriesId;
        List<Long> ids = em.createQuery("select s.id from LiveSession s where (s.seriesId = :series or s.id = :series)"
                + " and s.status = :scheduled and s.startsAt > :now order by s.startsAt", Long.class)
                .setParameter("series", series).setParameter("scheduled", LiveSession.SCHEDULED)
                .setParameter("now", Instant.now()).getResultList();
        Map<Long, Seat> seats = new LinkedHashMap<>();
        for (Long id : ids) {
            try {
                seats.put(id, register(id, actor));
            } catch (DomainException e) {
                if (e.status() != 409) {
                    throw e;
                }
            }
        }
        return seats;
    }

    /**
     * Cancels the person's registration; a freed seat goes to the first on the waitlist in the same transaction, or
     * back to the free seats when nobody waits.
     */
    @Transactional
    public void unregister(long sessionId, Actor actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.status, s.capacity, r.status from live_session s left"
                + " join session_registration r on r.session_id = s.id and r.person_id = ?2 where s.id = ?1"
                + " for key share of s").setParameter(1, sessionId).setParameter(2, actor.personId()).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("session");
        }
        Object[] s = rows.get(0);
        if (s[2] == null || Registration.CANCELLED.equals(s[2])) {
            return;
        }
        // Read again under the waitlist lock: a promotion or another cancellation may have committed meanwhile, and
        // nothing else changes the status of a registration that stands while the lock is held.
        lockWaitlist(sessionId);
        @SuppressWarnings("unchecked")
        List<String> was = em.createNativeQuery("select status from session_registration where session_id = ?1 and"
                + " person_id = ?2").setParameter(1, sessionId).setParameter(2, actor.personId()).getResultList();
        if (was.isEmpty() || Registration.CANCELLED.equals(was.get(0))) {
            return;
        }
        em.createNativeQuery("update session_registration set status = 'CANCELLED', cancelled_at = now() where"
                + " session_id = ?1 and person_id = ?2").setParameter(1, sessionId).setParameter(2, actor.personId())
                .executeUpdate();
        if (!Registration.CONFIRMED.equals(was.get(0)) || LiveSession.CANCELLED.equals(s[0])) {
            return;
        }
        Integer capacity = s[1] == null ? null : ((Number) s[1]).intValue();
        Sessions.fire(events, SessionEvent.Kind.PROMOTED, sessionId, freeSeat(sessionId, capacity));
    }

    /**
     * The seat a confirmed registrant left: to the first on the waitlist, or back to the free seats, if the capacity
     * still has room for it (it may have been lowered below the confirmed). Caller holds the waitlist lock, so nobody
     * joins the waitlist meanwhile; registrations taking free seats may run, but there are none while anyone waits,
     * and they change neither the answer nor the waitlist.
     */
    private List<Long> freeSeat(long sessionId, Integer capacity) {
        long confirmed = ((Number) em.createNativeQuery("select count(*) from session_registration where"
                + " session_id = ?1 and status = 'CONFIRMED'").setParameter(1, sessionId).getSingleResult())
                .longValue();
        if (SeatAllocation.freeSeats(confirmed, capacity) <= 0) {
            return List.of();
        }
        List<Long> promoted = promoteWaiting(sessionId, 1);
        if (promoted.isEmpty() && capacity != null) {
            em.createNativeQuery("insert into session_free_seat (session_id) values (?1)").setParameter(1, sessionId)
                    .executeUpdate();
        }
        return promoted;
    }

    /** Confirms the first {@code n} on the waitlist; their person ids, first come first. */
    private List<Long> promoteWaiting(long sessionId, int n) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("with w as (select id from session_registration where session_id = ?1"
                + " and status = 'WAITLISTED' order by queued_at, id limit ?2), p as (update session_registration r"
                + " set status = 'CONFIRMED' from w where r.id = w.id returning r.person_id, r.queued_at, r.id)"
                + " select person_id from p order by queued_at, id").setParameter(1, sessionId).setParameter(2, n)
                .getResultList();
        return new ArrayList<>(ids.stream().map(Number::longValue).toList());
    }

    /**
     * After a change of the session (its capacity may be new): waitlisted people move into the free seats, first come
     * first served, and the free seat rows are made to match what is left. Caller holds the session from
     * {@link Sessions#forChange}, so no registration is in progress and the counts are exact.
     */
    public List<Long> promote(LiveSession s) {
        long confirmed = ((Number) em.createNativeQuery("select count(*) from session_registration where"
                + " session_id = ?1 and status = 'CONFIRMED'").setParameter(1, s.id).getSingleResult()).longValue();
        int free = SeatAllocation.freeSeats(confirmed, s.capacity);
        List<Long> promoted = free > 0 ? promoteWaiting(s.id, free) : new ArrayList<>();
        setFreeSeats(s.id, s.capacity == null ? 0 : free - promoted.size());
        return promoted;
    }

    /** Free seat rows for a new session: as many as its capacity. */
    public void seatNewSession(LiveSession s) {
        em.flush();
        setFreeSeats(s.id, s.capacity == null ? 0 : s.capacity);
    }

    /** A cancelled session takes no registrations: its free seat rows go. Caller holds it from Sessions.forChange. */
    public void sessionCancelled(LiveSession s) {
        setFreeSeats(s.id, 0);
    }

    private void setFreeSeats(long sessionId, int wanted) {
        long now = ((Number) em.createNativeQuery("select count(*) from session_free_seat where session_id = ?1")
                .setParameter(1, sessionId).getSingleResult()).longValue();
        if (now > wanted) {
            em.createNativeQuery("delete from session_free_seat where id in (select id from session_free_seat where"
                    + " session_id = ?1 limit ?2)").setParameter(1, sessionId).setParameter(2, now - wanted)
                    .executeUpdate();
        } else if (now < wanted) {
            em.createNativeQuery("insert into session_free_seat (session_id) select ?1 from generate_series(1, ?2)")
                    .setParameter(1, sessionId).setParameter(2, wanted - now).executeUpdate();
        }
    }

    /** Confirmed first, then the waitlist in order, then cancelled; for the session's organisers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registrant> registrants(long sessionId, Actor actor) {
        Sessions.forOrganiser(sessionId, actor, LockModeType.NONE);
        // Columns, not entities: an attendance update just made in SQL shows here.
        List<Object[]> rows = em.createQuery("select r.personId, r.status, r.attended from Registration r where"
                + " r.sessionId = :s order by case r.status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2"
                + " end, r.queuedAt, r.id", Object[].class).setParameter("s", sessionId).getResultList();
        Map<Long, PeopleDirectory.Contact> contacts = people.byIds(rows.stream().map(r -> (Long) r[0]).toList());
        List<Registrant> out = new ArrayList<>();
        int waiting = 0;
        for (Object[] r : rows) {
            PeopleDirectory.Contact c = contacts.get((Long) r[0]);
            Integer position = Registration.WAITLISTED.equals(r[1]) ? ++waiting : null;
            if (c != null) {
                out.add(new Registrant((Long) r[0], c.email(), c.name(), (String) r[1], position, (Boolean) r[2]));
            }
        }
        return out;
    }
}
