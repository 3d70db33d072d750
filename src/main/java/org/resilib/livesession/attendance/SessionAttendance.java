package org.resilib.livesession.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.resilib.db.SqlArrays;
import org.resilib.livesession.Actor;
import org.resilib.livesession.Registration;
import org.resilib.livesession.SessionView;
import org.resilib.livesession.SessionViews;
import org.resilib.livesession.Sessions;
import org.resilib.livesession.registration.Registrant;
import org.resilib.livesession.registration.SessionRegistrations;

/** Who attended: marked by hand or from a meeting platform's participant export, by the session's organisers. */
@ApplicationScoped
public class SessionAttendance {

    private final EntityManager em;
    private final SessionViews views;
    private final SessionRegistrations registrations;

    SessionAttendance(EntityManager em, SessionViews views, SessionRegistrations registrations) {
        this.em = em;
        this.views = views;
        this.registrations = registrations;
    }

    /** Result of a participant list import: who was marked, and the rows that matched nobody. */
    public record ImportReport(int matched, List<String> unmatched) {
    }

    /** The attendance page: the session, its registrants, and the report of an import just made (or null). */
    public record Sheet(SessionView session, List<Registrant> registrants, ImportReport report) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Sheet sheet(long sessionId, Actor actor) {
        return new Sheet(views.view(sessionId, actor), registrations.registrants(sessionId, actor), null);
    }

    /** Marks who attended (the others not); only registrants can be marked. */
    @Transactional
    public void mark(long sessionId, Set<Long> attendedPersonIds, Actor actor) {
        Sessions.forOrganiser(sessionId, actor, LockModeType.PESSIMISTIC_WRITE);
        mark(sessionId, attendedPersonIds, "manual");
    }

    /**
     * Marks attendance from a meeting platform's participant export (Tencent Meeting, Zoom, Teams ...): rows match a
     * registrant by email when the file has an email column, else by exact name. Unmatched rows are reported.
     */
    @Transactional
    public Sheet importList(long sessionId, String csv, Actor actor) {
        Sessions.forOrganiser(sessionId, actor, LockModeType.PESSIMISTIC_WRITE);
        List<Registrant> registrants = registrations.registrants(sessionId, actor);
        Set<Long> attended = new HashSet<>();
        registrants.stream().filter(Registrant::attended).forEach(r -> attended.add(r.personId()));
        List<String> unmatched = new ArrayList<>();
        int matched = 0;
        for (ParticipantList.Participant p : ParticipantList.parse(csv).participants()) {
            Registrant hit = registrants.stream().filter(r -> !Registration.CANCELLED.equals(r.status()))
                    .filter(r -> (p.email() != null && r.email().equalsIgnoreCase(p.email()))
                            || (p.email() == null && p.name() != null && r.name().strip().equalsIgnoreCase(p.name())))
                    .findFirst().orElse(null);
            if (hit == null) {
                unmatched.add(p.raw());
            } else if (attended.add(hit.personId())) {
                matched++;
            }
        }
        mark(sessionId, attended, "import");
        return new Sheet(views.view(sessionId, actor), registrations.registrants(sessionId, actor),
                new ImportReport(matched, unmatched));
    }

    private void mark(long sessionId, Set<Long> attendedPersonIds, String source) {
        em.createNativeQuery("update session_registration set attended = (person_id = any(cast(?2 as bigint[]))),"
                + " attended_source = ?3 where session_id = ?1 and status <> 'CANCELLED'")
                .setParameter(1, sessionId)
                .setParameter(2, SqlArrays.bigints(attendedPersonIds))
                .setParameter(3, source).executeUpdate();
    }
}
