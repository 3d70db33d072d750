package org.resilib.survey.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.resilib.course.CourseAuthorship;
import org.resilib.course.CourseSummaries;
import org.resilib.db.SqlArrays;
import org.resilib.identity.Viewer;
import org.resilib.livesession.Attendance;
import org.resilib.survey.Subject;
import org.resilib.survey.Survey;
import org.resilib.web.DomainException;

/**
 * Who sees a survey's results: admins every survey's, instructors those they made and those of the courses they
 * author. A survey that
 * follows every course is read by an instructor for their own courses only, and one that follows sessions for the
 * sessions they organise: the responses about the others are left out of every figure and export.
 */
@ApplicationScoped
public class ResultsAccess {

    private final CourseSummaries courses;
    private final CourseAuthorship authorship;
    private final Attendance sessions;

    ResultsAccess(CourseSummaries courses, CourseAuthorship authorship, Attendance sessions) {
        this.courses = courses;
        this.authorship = authorship;
        this.sessions = sessions;
    }

    /**
     * A survey the viewer may read, and the subjects (keys of courses or sessions) they may read it for: null for
     * every response.
     */
    public record Readable(Survey survey, Set<String> within) {

        /**
         * The scope of the results for these filters (a group, what the responses are about); a course outside the
         * reader's is refused (403).
         */
        public Scope scope(String role, Subject about) {
            if (about != null && within != null && !within.contains(about.key())) {
                throw DomainException.forbidden("survey_results_forbidden");
            }
            return new Scope(role, about == null ? null : about.key(), within);
        }
    }

    /** The survey whose results the viewer may read: 404 for none, 403 for someone else's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Readable require(String slug, Viewer viewer) {
        Survey s = Survey.<Survey>find("slug", slug == null ? "" : slug).firstResult();
        if (s == null) {
            throw new DomainException(404, null, "survey_not_found");
        }
        if (viewer.isAdmin()) {
            return new Readable(s, null);
        }
        if (viewer.isInstructor() && s.createdBy != null && s.createdBy.equals(viewer.getId())) {
            return new Readable(s, null);
        }
        if (viewer.isInstructor() && s.courseSlug != null && courses.idOf(s.courseSlug)
                .map(id -> authorship.authoredBy(viewer.requireId()).contains(id)).orElse(false)) {
            return new Readable(s, null);
        }
        if (viewer.isInstructor() && (s.forAllCourses || s.forSessions)) {
            Set<String> theirs = s.forAllCourses
                    ? courses.byIds(authorship.authoredBy(viewer.requireId()), Locale.ROOT).stream()
                            .map(c -> Subject.course(c.slug()).key()).collect(Collectors.toUnmodifiableSet())
                    : sessions.organisedBy(viewer.requireId()).stream().map(id -> Subject.session(id).key())
                            .collect(Collectors.toUnmodifiableSet());
            if (!theirs.isEmpty()) {
                return new Readable(s, theirs);
            }
        }
        throw DomainException.forbidden("survey_results_forbidden");
    }

    /**
     * Which responses the figures count: of one respondent group ({@code role}, null for all), about one course or
     * session ({@code about}, its subject's key; null for all), and only about these ({@code within}, subjects' keys;
     * null for no limit).
     */
    public record Scope(String role, String about, Set<String> within) {

        public static final Scope ALL = new Scope(null, null, null);

        /** Whether the figures are of a part of the respondents (a filter, or an instructor's own courses). */
        boolean partial() {
            return role != null || about != null || within != null;
        }

        /** The SQL condition on a response aliased {@code r}, its parameters numbered from ?2 to ?5. */
        static final String CONDITION = "r.survey_id = ?1 and (?2 = '' or r.respondent_role = ?2) and (?3 = '' or"
                + " r.subject = ?3) and (not cast(?4 as boolean) or r.subject = any(cast(?5 as text[])))";

        /** The parameters ?2 to ?5 of {@link #CONDITION}. */
        List<Object> parameters() {
            return List.of(role == null ? "" : role, about == null ? "" : about, within != null,
                    SqlArrays.texts(within == null ? List.of() : within.stream().sorted().toList()));
        }
    }
}
