package org.resilib.survey.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.resilib.course.CourseAuthorship;
import org.resilib.course.CourseSummaries;
import org.resilib.identity.Viewer;
import org.resilib.survey.Survey;
import org.resilib.web.DomainException;

/** Who sees a survey's results: admins every survey's, instructors those of the courses they author. */
@ApplicationScoped
public class ResultsAccess {

    private final CourseSummaries courses;
    private final CourseAuthorship authorship;

    ResultsAccess(CourseSummaries courses, CourseAuthorship authorship) {
        this.courses = courses;
        this.authorship = authorship;
    }

    /** The survey whose results the viewer may read: 404 for none, 403 for someone else's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Survey require(String slug, Viewer viewer) {
        Survey s = Survey.<Survey>find("slug", slug == null ? "" : slug).firstResult();
        if (s == null) {
            throw new DomainException(404, null, "survey_not_found");
        }
        if (viewer.isAdmin()) {
            return s;
        }
        boolean theirs = viewer.isInstructor() && s.courseSlug != null && courses.idOf(s.courseSlug)
                .map(id -> authorship.authoredBy(viewer.requireId()).contains(id)).orElse(false);
        if (!theirs) {
            throw DomainException.forbidden("survey_results_forbidden");
        }
        return s;
    }
}
