package org.resilib.livesession.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Registration with capacity and waitlist, and the registrants as organisers see them. Seats are decided under the
 * session's row lock, so concurrent registrations see each other's seats; the unique (session, person) key prevents
 * duplicates.
 */
@ApplicationScoped
public class SessionRegistrations {

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
        LiveSession s = Sessions.find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        Registration existing = Sessions.registrationOf(sessionId, actor.personId());
        if (existing != null && !Registration.CANCELLED.equals(existing.status)) {
            return new Seat(existing.status, Sessions.position(existing), false);
        }
        if (s.cancelled()) {
            throw DomainException.conflict(null, "session_cancelled");
        }
        if (s.audience == Audience.LIBRARIANS && !actor.staff()) {
            throw DomainException.conflict(null, "session_wrong_audience");
        }
        Instant now = Instant.now();
        Instant closes = s.registrationClosesAt != null ? s.registrationClosesAt : s.startsAt;
        if ((s.registrationOpensAt != null && now.isBefore(s.registrationOpensAt)) || !now.isBefore(closes)) {
            throw DomainException.conflict(null, "session_registration_closed");
        }
        long confirmed = Registration.count("sessionId = ?1 and status = ?2", sessionId, Registration.CONFIRMED);
        String status = SeatAllocation.statusFor(confirmed, s.capacity);
        Registration r = existing == null ? new Registration() : existing;
        r.sessionId = sessionId;
        r.personId = actor.personId();
        r.status = status;
        r.queuedAt = now;
        r.registeredAt = now;
        r.cancelledAt = null;
        r.persist();
        em.flush();
        Sessions.fire(events, Registration.CONFIRMED.equals(status) ? SessionEvent.Kind.CONFIRMED
                : SessionEvent.Kind.WAITLISTED, sessionId, List.of(actor.personId()));
        return new Seat(status, Sessions.position(r), true);
    }

    /**
     * Registers for every session of the series still open for registration, each under its own row lock, in one
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

    /** Cancels the person's registration; a freed seat goes to the first on the waitlist in the same transaction. */
    @Transactional
    public void unregister(long sessionId, Actor actor) {
        LiveSession s = Sessions.find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        Registration r = Sessions.registrationOf(sessionId, actor.personId());
        if (r == null || Registration.CANCELLED.equals(r.status)) {
            return;
        }
        r.status = Registration.CANCELLED;
        r.cancelledAt = Instant.now();
        em.flush();
        if (!s.cancelled()) {
            Sessions.fire(events, SessionEvent.Kind.PROMOTED, s.id, promote(s));
        }
    }

    /** Moves waitlisted people into free seats, first come first served. Caller holds the session lock. */
    public List<Long> promote(LiveSession s) {
        long confirmed = Registration.count("sessionId = ?1 and status = ?2", s.id, Registration.CONFIRMED);
        int free = SeatAllocation.freeSeats(confirmed, s.capacity);
        if (free <= 0) {
            return new ArrayList<>();
        }
        List<Registration> waiting = Registration.<Registration>find("sessionId = ?1 and status = ?2 order by queuedAt,"
                + " id", s.id, Registration.WAITLISTED).page(0, free).list();
        List<Long> promoted = new ArrayList<>();
        for (Registration r : waiting) {
            r.status = Registration.CONFIRMED;
            promoted.add(r.personId);
        }
        return promoted;
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
