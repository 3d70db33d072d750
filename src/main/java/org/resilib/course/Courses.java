package org.resilib.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/** Finding a course for a viewer, or 404/403 per {@link CourseAccess}: other features' entry point and the pages'. */
@ApplicationScoped
public class Courses {

    /** The course for this viewer (other features' entry point), or 404/403 per {@link CourseAccess}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VisibleCourse courseFor(String slug, Viewer viewer) {
        Course c = find(slug, CourseAccess.of(viewer));
        return new VisibleCourse(c.id, c.slug, c.title, c.status, c.quizSettings);
    }

    /** The course for this viewer, or 404/403 per {@link CourseAccess}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Course find(String slug, CourseAccess.Who viewer) {
        if (!CourseSlug.isValid(slug)) {
            throw DomainException.notFound("course");
        }
        Course course = Course.findBySlug(slug).orElseThrow(() -> DomainException.notFound("course"));
        boolean enrolled = viewer.personId() != null && Enrolment.findByIdOptional(
                new Enrolment.Key(viewer.personId(), course.id)).isPresent();
        CourseAccess.check(course, viewer, enrolled);
        return course;
    }
}
