package org.resilib.livesession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;
import org.resilib.db.SqlArrays;

/**
 * What other features may read about who attended live sessions, so that only this feature reads its tables: the
 * sessions of a course that people attended, in one statement for any number of people; whether one person attended
 * one session; sessions' titles.
 */
@ApplicationScoped
public class Attendance {

    /** A session a person attended, with the course it belongs to. */
    public record Attended(long personId, long sessionId, long courseId, Instant startsAt) {
    }

    private final EntityManager em;

    Attendance(EntityManager em) {
        this.em = em;
    }

    /** Attended sessions that belong to a course, for these people. One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attended> attended(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.person_id, s.id, s.course_id, s.starts_at from"
                + " session_registration r join live_session s on s.id = r.session_id where"
                + " r.person_id = any(cast(?1 as bigint[])) and r.attended and s.course_id is not null")
                .setParameter(1, SqlArrays.bigints(Set.copyOf(personIds))).getResultList();
        return rows.stream().map(r -> new Attended(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), (Instant) r[3])).toList();
    }

    /** Whether the person's attendance of the session is recorded. One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean attended(long personId, long sessionId) {
        return !em.createNativeQuery("select 1 from session_registration where person_id = ?1 and session_id = ?2 and"
                + " attended").setParameter(1, personId).setParameter(2, sessionId).getResultList().isEmpty();
    }

    /** The titles of these sessions in this language, by id (unknown ids left out). One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> titles(Collection<Long> sessionIds, Locale locale) {
        Map<Long, String> out = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return out;
        }
        em.createQuery("select s from LiveSession s where s.id in :ids", LiveSession.class)
                .setParameter("ids", Set.copyOf(sessionIds)).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .forEach(s -> out.put(s.id, s.title(locale)));
        return out;
    }

    /** The ids of the sessions this person organises. One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> organisedBy(long personId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from live_session where organiser_id = ?1")
                .setParameter(1, personId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
