package org.resilib.survey.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.resilib.course.CourseAuthorship;
import org.resilib.course.CourseSummaries;
import org.resilib.db.SqlArrays;
import org.resilib.identity.Viewer;
import org.resilib.survey.Survey;
import org.resilib.web.DomainException;

/**
 * Who sees a survey's results: admins every survey's, instructors those of the courses they author. A survey that
 * follows every course is read by an instructor for their own courses only: the responses about the others are left
 * out of every figure and export.
 */
@ApplicationScoped
public class ResultsAccess {

    private final CourseSummaries courses;
    private final CourseAuthorship authorship;

    ResultsAccess(CourseSummaries courses, CourseAuthorship authorship) {
        this.courses = courses;
        this.authorship = authorship;
    }

    /** A survey the viewer may read, and the courses they may read it for: null for every response. */
    public record Readable(Survey survey, Set<String> courses) {

        /** The scope of the results for these filters; a course outside the reader's is refused (403). */
        public Scope scope(String role, String course) {
            String c = course == null || course.isBlank() ? null : course;
            if (c != null && courses != null && !courses.contains(c)) {
                throw DomainException.forbidden("survey_results_forbidden");
            }
            return new Scope(role, c, courses);
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
        if (viewer.isInstructor() && s.courseSlug != null && courses.idOf(s.courseSlug)
                .map(id -> authorship.authoredBy(viewer.requireId()).contains(id)).orElse(false)) {
            return new Readable(s, null);
        }
        if (viewer.isInstructor() && s.forAllCourses) {
            Set<String> theirs = Set.copyOf(courses.byIds(authorship.authoredBy(viewer.requireId()), Locale.ROOT)
                    .stream().map(CourseSummaries.Summary::slug).toList());
            if (!theirs.isEmpty()) {
                return new Readable(s, theirs);
            }
        }
        throw DomainException.forbidden("survey_results_forbidden");
    }

    /**
     * Which responses the figures count: of one respondent group ({@code role}, null for all), about one course
     * ({@code course}, null for all), and only about these courses ({@code within}, null for no limit).
     */
    public record Scope(String role, String course, Set<String> within) {

        public static final Scope ALL = new Scope(null, null, null);

        /** Whether the figures are of a part of the respondents (a filter, or an instructor's own courses). */
        boolean partial() {
            return role != null || course != null || within != null;
        }

        /** The SQL condition on a response aliased {@code r}, its parameters numbered from ?2 to ?5. */
        static final String CONDITION = "r.survey_id = ?1 and (?2 = '' or r.respondent_role = ?2) and (?3 = '' or"
                + " r.subject = ?3) and (not cast(?4 as boolean) or r.subject = any(cast(?5 as text[])))";

        /** The parameters ?2 to ?5 of {@link #CONDITION}. */
        List<Object> parameters() {
            return List.of(role == null ? "" : role, course == null ? "" : "course:" + course, within != null,
                    SqlArrays.texts(within == null ? List.of() : within.stream()
                            .map(c -> "course:" + c).sorted().toList()));
        }
    }
}
