package org.resilib.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.resilib.course.CourseAccess;
import org.resilib.course.CourseFollowUps;
import org.resilib.db.ChangeFeed;
import org.resilib.livesession.SessionFollowUps;
import org.resilib.survey.definition.SurveyAudience;
import org.resilib.text.LocalizedText;

/**
 * A survey that follows a course ({@code course: <slug>}), or every course ({@code courses: all}), is offered to the
 * people who completed the course, on the course page and the dashboard, while it is open, in their audience and not
 * answered yet about that course; one that follows sessions ({@code sessions: true}) is offered on the page of each
 * session whose attendance is recorded for the person, until they answered it about that session.
 *
 * <p>From memory, so the pages that offer it need no statement for it: the published course surveys (a short list,
 * dropped at every change to a survey, which database triggers announce on {@value #CHANNEL}, V28, and
 * {@link SurveyChanges} on this instance right after its commit; read again in one statement) and who answered
 * what ({@link AnsweredSurveys}). Whether a survey is open is decided at each call, so one opens and closes on
 * time.
 */
@ApplicationScoped
class FollowUpOffers implements CourseFollowUps, SessionFollowUps, ChangeFeed.Subscriber {

    /** The notification channel of changes to surveys. */
    static final String CHANNEL = "survey_changed";

    /** A published survey that follows a course, every course (a null course), or sessions. */
    record Feedback(long id, String courseSlug, boolean sessions, String slug, Map<String, String> title,
            SurveyAudience audience, Instant opens, Instant closes) {

        boolean openAt(Instant now) {
            return (opens == null || !opens.isAfter(now)) && (closes == null || closes.isAfter(now));
        }
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final ChangeFeed feed;
    private final AnsweredSurveys answered;
    private final AtomicLong generation = new AtomicLong();
    private volatile List<Feedback> surveys;

    FollowUpOffers(EntityManager em, ObjectMapper json, ChangeFeed feed, AnsweredSurveys answered) {
        this.em = em;
        this.json = json;
        this.feed = feed;
        this.answered = answered;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseFollowUps.Offer> forCompleted(CourseAccess.Who person, Collection<String> courseSlugs,
            Locale locale) {
        if (person.personId() == null || courseSlugs.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        List<CourseFollowUps.Offer> out = new ArrayList<>();
        Set<String> done = null;
        for (Feedback f : surveys()) {
            if (f.sessions() || f.courseSlug() != null && !courseSlugs.contains(f.courseSlug()) || !f.openAt(now)
                    || !inAudience(f.audience(), person.staff())) {
                continue;
            }
            if (done == null) {
                done = answered.by(person.personId());
            }
            for (String course : f.courseSlug() != null ? List.of(f.courseSlug()) : courseSlugs) {
                if (!done.contains(AnsweredSurveys.key(f.id(), Subject.course(course)))) {
                    String href = "/surveys/" + f.slug() + (f.courseSlug() != null ? "" : "?course=" + course);
                    out.add(new CourseFollowUps.Offer(course, href, LocalizedText.pick(f.title(), locale)));
                }
            }
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionFollowUps.Offer> forAttended(long personId, boolean staff, long sessionId, Locale locale) {
        Instant now = Instant.now();
        List<SessionFollowUps.Offer> out = new ArrayList<>();
        for (Feedback f : surveys()) {
            if (f.sessions() && f.openAt(now) && inAudience(f.audience(), staff) && !answered.by(personId)
                    .contains(AnsweredSurveys.key(f.id(), Subject.session(sessionId)))) {
                out.add(new SessionFollowUps.Offer("/surveys/" + f.slug() + "?session=" + sessionId,
                        LocalizedText.pick(f.title(), locale)));
            }
        }
        return out;
    }

    private static boolean inAudience(SurveyAudience audience, boolean staff) {
        return switch (audience) {
            case STUDENTS -> !staff;
            case LIBRARIANS -> staff;
            default -> true;
        };
    }

    /** The published course surveys, by slug; kept while the change feed listens and no survey changed. */
    private List<Feedback> surveys() {
        List<Feedback> kept = surveys;
        if (kept != null && feed.isLive()) {
            return kept;
        }
        long started = generation.get();
        List<Feedback> loaded = load();
        if (feed.isLive() && generation.get() == started) {
            surveys = loaded;
        }
        return loaded;
    }

    private List<Feedback> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, course_slug, for_sessions, slug, cast(title as text),"
                + " audience, opens_at, closes_at from survey where status = 'published' and (course_slug is not null"
                + " or for_all_courses or for_sessions) order by slug").getResultList();
        List<Feedback> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Feedback(((Number) r[0]).longValue(), (String) r[1], Boolean.TRUE.equals(r[2]),
                    (String) r[3], SurveyService.texts(json, (String) r[4]),
                    SurveyAudience.of((String) r[5]).orElse(SurveyAudience.EVERYONE), instant(r[6]), instant(r[7])));
        }
        return List.copyOf(out);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i
                : ((OffsetDateTime) value).toInstant();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void notified(String payload) {
        generation.incrementAndGet();
        surveys = null;
    }

    @Override
    public void missed() {
        notified("*");
    }
}
