package org.resilib.livesession;

import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import org.resilib.web.DomainException;

/** Finding and locking a session, a waitlist place, and who is registered: shared by the session services. */
public final class Sessions {

    private Sessions() {
    }

    public static LiveSession find(long id) {
        return find(id, LockModeType.NONE);
    }

    /** The session, or "not found"; PESSIMISTIC_WRITE serialises seat changes on it. */
    public static LiveSession find(long id, LockModeType lock) {
        LiveSession s = LiveSession.findById(id, lock);
        if (s == null) {
            throw DomainException.notFound("session");
        }
        return s;
    }

    /**
     * The session for a change that moves seats or ends registration (capacity, times, audience, cancellation), for
     * its organisers. Locked {@code FOR UPDATE}, which waits for every registration and cancellation in progress
     * (they hold the row {@code FOR KEY SHARE}) and keeps new ones waiting until the commit, so seats can be counted
     * exactly; Hibernate's {@code PESSIMISTIC_WRITE} ({@code FOR NO KEY UPDATE} on PostgreSQL) would let them through.
     */
    public static LiveSession forChange(long id, Actor actor) {
        if (LiveSession.getEntityManager().createNativeQuery("select id from live_session where id = ?1 for update")
                .setParameter(1, id).getResultList().isEmpty()) {
            throw DomainException.notFound("session");
        }
        return forOrganiser(id, actor, LockModeType.NONE);
    }

    /** The session, read for its organisers: "forbidden" for anyone else. */
    public static LiveSession forOrganiser(long id, Actor actor, LockModeType lock) {
        LiveSession s = find(id, lock);
        if (!actor.mayOrganise(s)) {
            throw DomainException.forbidden("forbidden");
        }
        return s;
    }

    /** 1-based place on the waitlist, or null when not waitlisted. */
    public static Integer position(Registration r) {
        if (!Registration.WAITLISTED.equals(r.status)) {
            return null;
        }
        long ahead = Registration.count("sessionId = ?1 and status = ?2 and (queuedAt < ?3 or (queuedAt = ?3 and"
                + " id < ?4))", r.sessionId, Registration.WAITLISTED, r.queuedAt, r.id);
        return (int) ahead + 1;
    }

    /** Everyone registered and not cancelled. */
    public static List<Long> activePersonIds(long sessionId) {
        return new ArrayList<>(Registration.<Registration>list("sessionId = ?1 and status <> ?2", sessionId,
                Registration.CANCELLED).stream().map(r -> r.personId).toList());
    }

    public static void fire(Event<SessionEvent> events, SessionEvent.Kind kind, long sessionId, List<Long> people) {
        if (!people.isEmpty()) {
            events.fire(new SessionEvent(kind, sessionId, List.copyOf(people)));
        }
    }
}
