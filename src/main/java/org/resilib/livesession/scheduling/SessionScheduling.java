package org.resilib.livesession.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.course.CourseSummaries;
import org.resilib.db.SqlArrays;
import org.resilib.livesession.Actor;
import org.resilib.livesession.LiveSession;
import org.resilib.livesession.SessionEvent;
import org.resilib.livesession.SessionView;
import org.resilib.livesession.SessionViews;
import org.resilib.livesession.Sessions;
import org.resilib.livesession.registration.SessionRegistrations;
import org.resilib.web.DomainException;

/** Scheduling: a session or a weekly series, changes (registrants hear of them), cancellation, the recording. */
@ApplicationScoped
public class SessionScheduling {

    private final EntityManager em;
    private final Event<SessionEvent> events;
    private final SessionRegistrations registrations;
    private final SessionViews views;
    private final CourseSummaries courses;

    SessionScheduling(EntityManager em, Event<SessionEvent> events, SessionRegistrations registrations,
            SessionViews views, CourseSummaries courses) {
        this.em = em;
        this.events = events;
        this.registrations = registrations;
        this.views = views;
        this.courses = courses;
    }

    /** The first session of what was scheduled, the ids of a series (empty for one), and the organiser's overlaps. */
    public record Created(SessionView first, List<Long> seriesIds, List<Long> overlaps) {
    }

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
            registrations.seatNewSession(s);
            if (first == null) {
                first = s;
            }
            s.seriesId = weeks > 1 ? first.id : null;
            ids.add(s.id);
        }
        return new Created(views.view(first, actor), weeks > 1 ? ids : List.of(), overlaps(actor.personId(), ids));
    }

    /** Edits a session; registrants hear about it, calendars see a new SEQUENCE, a larger capacity promotes. */
    @Transactional
    public SessionView update(long id, SessionInput in, Actor actor) {
        return views.view(change(id, in, actor), actor);
    }

    /** The scheduling form's edit: the session and its recording in one transaction. */
    @Transactional
    public SessionView update(long id, SessionInput in, String recordingUrl, Actor actor) {
        LiveSession s = change(id, in, actor);
        recording(s, recordingUrl);
        return views.view(s, actor);
    }

    private LiveSession change(long id, SessionInput in, Actor actor) {
        LiveSession s = Sessions.forChange(id, actor);
        if (s.cancelled()) {
            throw DomainException.conflict(null, "session_cancelled");
        }
        SessionRules.check(in, Instant.now(), false);
        apply(s, in, courseId(in.courseSlug()));
        s.startsAt = in.startsAt();
        s.sequence++;
        s.updatedAt = Instant.now();
        List<Long> promoted = registrations.promote(s);
        List<Long> told = Sessions.activePersonIds(s.id);
        told.removeAll(promoted);
        Sessions.fire(events, SessionEvent.Kind.CHANGED, s.id, told);
        Sessions.fire(events, SessionEvent.Kind.PROMOTED, s.id, promoted);
        return s;
    }

    @Transactional
    public SessionView cancel(long id, Actor actor) {
        LiveSession s = Sessions.forChange(id, actor);
        if (!s.cancelled()) {
            s.status = LiveSession.CANCELLED;
            registrations.sessionCancelled(s);
            s.sequence++;
            s.updatedAt = Instant.now();
            Sessions.fire(events, SessionEvent.Kind.CANCELLED, s.id, Sessions.activePersonIds(s.id));
        }
        return views.view(s, actor);
    }

    private static void recording(LiveSession s, String url) {
        if (url != null && !url.isBlank() && !SessionRules.httpUrl(url)) {
            throw DomainException.badRequest("recordingUrl", "session_url_invalid");
        }
        s.recordingUrl = blankToNull(url);
        s.updatedAt = Instant.now();
    }

    /** What the edit form shows for a session, for its organisers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionForm form(long id, Actor actor) {
        LiveSession s = Sessions.forOrganiser(id, actor, LockModeType.NONE);
        return SessionForm.of(s, s.courseId == null ? "" : courses.slugOf(s.courseId).orElseThrow());
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
        return courses.idOf(slug.strip())
                .orElseThrow(() -> DomainException.badRequest("courseSlug", "not_found_course"));
    }

    /** Sessions of this organiser that overlap the given ones, so the organiser can be warned. */
    private List<Long> overlaps(long organiserId, List<Long> ids) {
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
