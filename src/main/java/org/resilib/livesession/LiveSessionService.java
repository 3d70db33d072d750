package org.resilib.livesession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.course.Course;
import org.resilib.db.SqlArrays;
import org.resilib.web.DomainException;

/** Scheduling, registration with capacity and waitlist, attendance. Seats are decided under the session's row lock. */
@ApplicationScoped
public class LiveSessionService {

    /** Join details are shown to confirmed registrants from this long before the start. */
    static final long JOIN_VISIBLE_SECONDS = 15 * 60;
    private final EntityManager em;
    private final Event<SessionEvent> events;

    LiveSessionService(EntityManager em, Event<SessionEvent> events) {
        this.em = em;
        this.events = events;
    }

    public record Actor(Long personId, boolean staff, boolean organiserRole, boolean admin) {
        boolean signedIn() {
            return personId != null;
        }
    }

    public record Created(LiveSession first, List<Long> seriesIds, List<Long> overlaps) {
    }

    // ---- scheduling ---------------------------------------------------------------------------------------------

    @Transactional
    public Created create(SessionInput in, Actor actor) {
        SessionRules.check(in, Instant.now(), true);
        Long courseId = courseId(in.courseSlug());
        int weeks = in.weeks() == null ? 1 : in.weeks();
        List<Instant> starts = SessionRules.weekly(in.startsAt(), in.timeZone(), weeks);
        List<Long> ids = new ArrayList<>();
        LiveSession first = null;
        for (Instant start : starts) {
            LiveSession s = new LiveSession();
            apply(s, in, courseId);
            s.startsAt = start;
            if (in.registrationOpensAt() != null) {
                s.registrationOpensAt = in.registrationOpensAt().plus(Duration.between(in.startsAt(), start));
            }
            if (in.registrationClosesAt() != null) {
                s.registrationClosesAt = in.registrationClosesAt().plus(Duration.between(in.startsAt(), start));
            }
            s.organiserId = actor.personId();
            s.persist();
            if (first == null) {
                first = s;
            }
            s.seriesId = weeks > 1 ? first.id : null;
            ids.add(s.id);
        }
        return new Created(first, weeks > 1 ? ids : List.of(), overlaps(actor.personId(), ids));
    }

    private void apply(LiveSession s, SessionInput in, Long courseId) {
        s.title = clean(in.title());
        s.description = in.description() == null ? Map.of() : clean(in.description());
        s.timeZone = in.timeZone().strip();
        s.durationMinutes = in.durationMinutes();
        s.capacity = in.capacity();
        s.platform = in.platform();
        s.joinUrl = blankToNull(in.joinUrl());
        s.meetingCode = blankToNull(in.meetingCode());
        s.audience = in.audience();
        s.courseId = courseId;
        s.registrationOpensAt = in.registrationOpensAt();
        s.registrationClosesAt = in.registrationClosesAt();
    }

    private Long courseId(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return Course.findBySlug(slug.strip()).map(c -> c.id)
                .orElseThrow(() -> DomainException.badRequest("courseSlug", "not_found_course"));
    }

    /** Sessions of this organiser that overlap the given ones, so the organiser can be warned. */
    List<Long> overlaps(long organiserId, List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select distinct o.id from live_session s join live_session o on"
                + " o.organiser_id = s.organiser_id and o.id <> s.id and o.status = 'scheduled' and o.starts_at <"
                + " s.starts_at + make_interval(mins => s.duration_minutes) and s.starts_at < o.starts_at +"
                + " make_interval(mins => o.duration_minutes) where s.id = any(cast(?1 as bigint[])) and"
                + " s.organiser_id = ?2 and not (o.id = any(cast(?1 as bigint[])))")
                .setParameter(1, SqlArrays.bigints(ids))
                .setParameter(2, organiserId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** Edits a session; registrants hear about it, calendars see a new SEQUENCE, a larger capacity promotes. */
    @Transactional
    public LiveSession update(long id, SessionInput in, Actor actor) {
        LiveSession s = lockForOrganiser(id, actor);
        if (s.cancelled()) {
            throw DomainException.conflict(null, "session_cancelled");
        }
        SessionRules.check(in, Instant.now(), false);
        apply(s, in, courseId(in.courseSlug()));
        s.startsAt = in.startsAt();
        s.sequence++;
        s.updatedAt = Instant.now();
        List<Long> promoted = promote(s);
        List<Long> told = activePersonIds(s.id);
        told.removeAll(promoted);
        fire(SessionEvent.Kind.CHANGED, s.id, told);
        fire(SessionEvent.Kind.PROMOTED, s.id, promoted);
        return s;
    }

    @Transactional
    public LiveSession cancel(long id, Actor actor) {
        LiveSession s = lockForOrganiser(id, actor);
        if (!s.cancelled()) {
            s.status = LiveSession.CANCELLED;
            s.sequence++;
            s.updatedAt = Instant.now();
            fire(SessionEvent.Kind.CANCELLED, s.id, activePersonIds(s.id));
        }
        return s;
    }

    @Transactional
    public LiveSession setRecording(long id, String url, Actor actor) {
        LiveSession s = lockForOrganiser(id, actor);
        if (url != null && !url.isBlank() && !SessionRules.httpUrl(url)) {
            throw DomainException.badRequest("recordingUrl", "session_url_invalid");
        }
        s.recordingUrl = blankToNull(url);
        s.updatedAt = Instant.now();
        return s;
    }

    /** The session, or "not found"; {@code lock} PESSIMISTIC_WRITE serialises seat changes on it. */
    private LiveSession session(long id, LockModeType lock) {
        LiveSession s = em.find(LiveSession.class, id, lock);
        if (s == null) {
            throw DomainException.notFound("session");
        }
        return s;
    }

    private static Registration registrationOf(long sessionId, Long personId) {
        return Registration.<Registration>find("sessionId = ?1 and personId = ?2", sessionId, personId).firstResult();
    }

    LiveSession lockForOrganiser(long id, Actor actor) {
        LiveSession s = session(id, LockModeType.PESSIMISTIC_WRITE);
        if (!mayOrganise(s, actor)) {
            throw DomainException.forbidden("forbidden");
        }
        return s;
    }

    static boolean mayOrganise(LiveSession s, Actor actor) {
        return actor.admin() || (actor.organiserRole() && s.organiserId.equals(actor.personId()));
    }

    // ---- registration -------------------------------------------------------------------------------------------

    public record Seat(String status, Integer position, boolean created) {
    }

    /**
     * Registers the person: confirmed while seats remain, else on the waitlist in order. The session row is locked,
     * so concurrent registrations see each other's seats; the unique (session, person) key prevents duplicates.
     */
    @Transactional
    public Seat register(long sessionId, Actor actor) {
        LiveSession s = session(sessionId, LockModeType.PESSIMISTIC_WRITE);
        Registration existing = registrationOf(sessionId, actor.personId());
        if (existing != null && !Registration.CANCELLED.equals(existing.status)) {
            return new Seat(existing.status, position(existing), false);
        }
        if (s.cancelled()) {
            throw DomainException.conflict(null, "session_cancelled");
        }
        if ("librarians".equals(s.audience) && !actor.staff()) {
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
        fire(Registration.CONFIRMED.equals(status) ? SessionEvent.Kind.CONFIRMED : SessionEvent.Kind.WAITLISTED,
                sessionId, List.of(actor.personId()));
        return new Seat(status, position(r), true);
    }

    /**
     * Registers for every session of the series still open for registration, each under its own row lock, in one
     * transaction; sessions already registered for are left as they are.
     */
    @Transactional
    public Map<Long, Seat> registerSeries(long sessionId, Actor actor) {
        LiveSession s = find(sessionId, actor);
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
        LiveSession s = session(sessionId, LockModeType.PESSIMISTIC_WRITE);
        Registration r = registrationOf(sessionId, actor.personId());
        if (r == null || Registration.CANCELLED.equals(r.status)) {
            return;
        }
        r.status = Registration.CANCELLED;
        r.cancelledAt = Instant.now();
        em.flush();
        if (!s.cancelled()) {
            fire(SessionEvent.Kind.PROMOTED, s.id, promote(s));
        }
    }

    /** Moves waitlisted people into free seats, first come first served. Caller holds the session lock. */
    List<Long> promote(LiveSession s) {
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

    /** 1-based place on the waitlist, or null when confirmed. */
    Integer position(Registration r) {
        if (!Registration.WAITLISTED.equals(r.status)) {
            return null;
        }
        long ahead = (Long) em.createQuery("select count(r) from Registration r where r.sessionId = :s and"
                + " r.status = :w and (r.queuedAt < :q or (r.queuedAt = :q and r.id < :id))")
                .setParameter("s", r.sessionId).setParameter("w", Registration.WAITLISTED)
                .setParameter("q", r.queuedAt).setParameter("id", r.id).getSingleResult();
        return (int) ahead + 1;
    }

    private List<Long> activePersonIds(long sessionId) {
        return new ArrayList<>(em.createQuery("select r.personId from Registration r where r.sessionId = :s and"
                + " r.status <> :c", Long.class).setParameter("s", sessionId).setParameter("c", Registration.CANCELLED)
                .getResultList());
    }

    private void fire(SessionEvent.Kind kind, long sessionId, List<Long> people) {
        if (!people.isEmpty()) {
            events.fire(new SessionEvent(kind, sessionId, List.copyOf(people)));
        }
    }


    @Transactional(Transactional.TxType.SUPPORTS)
    public String courseSlug(LiveSession s) {
        return s.courseId == null ? "" : em.find(Course.class, s.courseId).slug;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public record Counts(int confirmed, int waitlisted) {
    }

    /** Confirmed and waitlisted counts for many sessions in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Counts> counts(List<Long> ids) {
        Map<Long, Counts> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select r.sessionId, sum(case when r.status = 'CONFIRMED' then 1 else 0"
                + " end), sum(case when r.status = 'WAITLISTED' then 1 else 0 end) from Registration r where"
                + " r.sessionId in :ids group by r.sessionId", Object[].class).setParameter("ids", ids)
                .getResultList()) {
            out.put((Long) row[0], new Counts(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return out;
    }

    /** The person's registrations among these sessions (status and waitlist position), in two queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Seat> mine(List<Long> ids, Long personId) {
        Map<Long, Seat> out = new LinkedHashMap<>();
        if (ids.isEmpty() || personId == null) {
            return out;
        }
        List<Registration> regs = Registration.list("sessionId in ?1 and personId = ?2 and status <> ?3", ids,
                personId, Registration.CANCELLED);
        for (Registration r : regs) {
            out.put(r.sessionId, new Seat(r.status, position(r), false));
        }
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LiveSession> upcoming(Instant from, Instant to, String audience, String platform, Actor actor) {
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
        return query.getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LiveSession find(long id, Actor actor) {
        LiveSession s = session(id, LockModeType.NONE);
        return s;
    }

    /** Whether this actor may see the join URL and code now. */
    boolean mayJoin(LiveSession s, Seat mine, Actor actor, Instant now) {
        if (mayOrganise(s, actor)) {
            return true;
        }
        return !s.cancelled() && mine != null && Registration.CONFIRMED.equals(mine.status())
                && !now.isBefore(s.startsAt.minusSeconds(JOIN_VISIBLE_SECONDS));
    }

    /** The recording is for registrants and for learners enrolled in the linked course. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean maySeeReplay(LiveSession s, Seat mine, Actor actor) {
        if (s.recordingUrl == null || !actor.signedIn()) {
            return false;
        }
        if (mayOrganise(s, actor) || mine != null) {
            return true;
        }
        if (Registration.count("sessionId = ?1 and personId = ?2", s.id, actor.personId()) > 0) {
            return true;
        }
        return s.courseId != null && ((Number) em.createNativeQuery("select count(*) from enrolment where course_id = ?1"
                + " and person_id = ?2").setParameter(1, s.courseId).setParameter(2, actor.personId())
                .getSingleResult()).intValue() > 0;
    }

    /** Sessions the person registered for (not cancelled registrations), for the personal calendar feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LiveSession> registeredSessions(long personId) {
        return em.createQuery("select s from LiveSession s where s.id in (select r.sessionId from Registration r where"
                + " r.personId = :p and r.status <> :c) order by s.startsAt", LiveSession.class)
                .setParameter("p", personId).setParameter("c", Registration.CANCELLED).getResultList();
    }

    /** Result of a participant list import: who was marked, and the rows that matched nobody. */
    public record ImportReport(int matched, List<String> unmatched) {
    }

    /**
     * Marks attendance from a meeting platform's participant export (Tencent Meeting, Zoom, Teams ...): rows match a
     * registrant by email when the file has an email column, else by exact name. Unmatched rows are reported.
     */
    @Transactional
    public ImportReport importAttendance(long sessionId, String csv, Actor actor) {
        lockForOrganiser(sessionId, actor);
        List<Registrant> registrants = registrants(sessionId, actor);
        ParticipantList.Parsed list = ParticipantList.parse(csv);
        Set<Long> attended = new HashSet<>();
        registrants.stream().filter(Registrant::attended).forEach(r -> attended.add(r.personId()));
        List<String> unmatched = new ArrayList<>();
        int matched = 0;
        for (ParticipantList.Participant p : list.participants()) {
            Registrant hit = registrants.stream().filter(r -> !"CANCELLED".equals(r.status()))
                    .filter(r -> (p.email() != null && r.email().equalsIgnoreCase(p.email()))
                            || (p.email() == null && p.name() != null && r.name().strip().equalsIgnoreCase(p.name())))
                    .findFirst().orElse(null);
            if (hit == null) {
                unmatched.add(p.raw());
            } else if (attended.add(hit.personId())) {
                matched++;
            }
        }
        markAttendance(sessionId, attended, "import", actor);
        return new ImportReport(matched, unmatched);
    }

    // ---- organisers' view and attendance -------------------------------------------------------------------------

    public record Registrant(long personId, String email, String name, String status, Integer position,
            boolean attended) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registrant> registrants(long sessionId, Actor actor) {
        LiveSession s = session(sessionId, LockModeType.NONE);
        if (!mayOrganise(s, actor)) {
            throw DomainException.forbidden("forbidden");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.email, p.display_name, r.status, r.attended,"
                + " case when r.status = 'WAITLISTED' then row_number() over (partition by r.status order by"
                + " r.queued_at, r.id) end from session_registration r join person p on p.id = r.person_id where"
                + " r.session_id = ?1 order by case r.status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2"
                + " end, r.queued_at, r.id").setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new Registrant(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], r[5] == null ? null : ((Number) r[5]).intValue(), (Boolean) r[4])).toList();
    }

    /** Marks who attended (the others not); only registrants can be marked. */
    @Transactional
    public void markAttendance(long sessionId, Set<Long> attendedPersonIds, String source, Actor actor) {
        lockForOrganiser(sessionId, actor);
        em.createNativeQuery("update session_registration set attended = (person_id = any(cast(?2 as bigint[]))),"
                + " attended_source = ?3 where session_id = ?1 and status <> 'CANCELLED'")
                .setParameter(1, sessionId)
                .setParameter(2, SqlArrays.bigints(attendedPersonIds))
                .setParameter(3, source).executeUpdate();
    }

    private static Map<String, String> clean(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v.strip());
            }
        });
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
