package org.resilib.livesession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.course.Audience;
import org.resilib.course.CourseEnrolments;
import org.resilib.time.DateTimes;

/** Sessions as a viewer may see them ({@link SessionView}), one or a list, for pages and the API. */
@ApplicationScoped
public class SessionViews {

    private final EntityManager em;
    private final CourseEnrolments enrolments;

    SessionViews(EntityManager em, CourseEnrolments enrolments) {
        this.em = em;
        this.enrolments = enrolments;
    }

    /** Sessions starting in [from, to), at most 500, optionally of one audience and platform. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> list(Instant from, Instant to, Audience audience, Platform platform, Actor actor) {
        StringBuilder q = new StringBuilder("from LiveSession s where s.startsAt >= :from and s.startsAt < :to");
        Map<String, Object> p = new HashMap<>();
        p.put("from", from);
        p.put("to", to);
        if (audience != null) {
            q.append(" and s.audience = :audience");
            p.put("audience", audience);
        }
        if (platform != null) {
            q.append(" and s.platform = :platform");
            p.put("platform", platform);
        }
        q.append(" order by s.startsAt, s.id");
        var query = em.createQuery(q.toString(), LiveSession.class).setMaxResults(500);
        p.forEach(query::setParameter);
        return views(query.getResultList(), actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView view(long id, Actor actor) {
        return view(Sessions.find(id), actor);
    }

    public SessionView view(LiveSession s, Actor actor) {
        return views(List.of(s), actor).get(0);
    }

    /** Views of these sessions, with their seat counts and the viewer's seats read in one query each. */
    List<SessionView> views(List<LiveSession> sessions, Actor actor) {
        List<Long> ids = sessions.stream().map(s -> s.id).toList();
        Map<Long, int[]> counts = counts(ids);
        Map<Long, Seat> mine = mine(ids, actor.personId());
        Instant now = Instant.now();
        return sessions.stream().map(s -> view(s, counts.getOrDefault(s.id, new int[2]), mine.get(s.id), actor, now))
                .toList();
    }

    private SessionView view(LiveSession s, int[] counts, Seat mine, Actor actor, Instant now) {
        boolean organiser = actor.mayOrganise(s);
        JoinDetails.Shown join = JoinDetails.mask(s, organiser, mine == null ? null : mine.status(), now);
        ZoneId zone = ZoneId.of(s.timeZone);
        return new SessionView(s.id, s.title(actor.locale()), s.description(actor.locale()),
                s.startsAt.atZone(zone).toOffsetDateTime(), s.endsAt().atZone(zone).toOffsetDateTime(),
                DateTimes.range(s.startsAt, s.endsAt(), actor.zone()), s.timeZone, s.durationMinutes, s.platform,
                s.audience, s.capacity, counts[0], counts[1], s.status, mine, join.joinUrl(), join.meetingCode(),
                maySeeReplay(s, mine, actor) ? s.recordingUrl : null, organiser, s.endsAt().isBefore(now),
                s.seriesId);
    }

    /** The recording is for organisers, registrants and learners enrolled in the linked course. */
    boolean maySeeReplay(LiveSession s, Seat mine, Actor actor) {
        if (s.recordingUrl == null || !actor.signedIn()) {
            return false;
        }
        if (actor.mayOrganise(s) || mine != null) {
            return true;
        }
        if (Registration.count("sessionId = ?1 and personId = ?2", s.id, actor.personId()) > 0) {
            return true;
        }
        return s.courseId != null && enrolments.enrolled(s.courseId, actor.personId());
    }

    /** Confirmed and waitlisted counts for many sessions in one query. */
    private Map<Long, int[]> counts(List<Long> ids) {
        Map<Long, int[]> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select r.sessionId, sum(case when r.status = 'CONFIRMED' then 1 else 0"
                + " end), sum(case when r.status = 'WAITLISTED' then 1 else 0 end) from Registration r where"
                + " r.sessionId in :ids group by r.sessionId", Object[].class).setParameter("ids", ids)
                .getResultList()) {
            out.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
        }
        return out;
    }

    /** The person's registrations among these sessions (status and waitlist position). */
    private Map<Long, Seat> mine(List<Long> ids, Long personId) {
        Map<Long, Seat> out = new LinkedHashMap<>();
        if (ids.isEmpty() || personId == null) {
            return out;
        }
        List<Registration> regs = Registration.list("sessionId in ?1 and personId = ?2 and status <> ?3", ids,
                personId, Registration.CANCELLED);
        for (Registration r : regs) {
            out.put(r.sessionId, new Seat(r.status, Sessions.position(r), false, r.attended));
        }
        return out;
    }
}
