package org.resilib.course;

import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/**
 * Who may see a course: published courses are public, staff-only (librarian) courses need a staff role, drafts need
 * an instructor, archived courses stay readable for the learners who took them.
 */
public final class CourseAccess {

    private CourseAccess() {
    }

    public record Who(Long personId, boolean staff, boolean instructor) {
    }

    public static Who of(Viewer viewer) {
        return new Who(viewer.getId(), viewer.isStaff(), viewer.isInstructor());
    }

    public static void check(Course course, Who viewer, boolean enrolled) {
        check(CourseStatus.fromKey(course.status).orElse(CourseStatus.DRAFT), course.audienceValue().staffOnly(),
                viewer, enrolled);
    }

    public static void check(CourseStatus status, boolean staffOnly, Who viewer, boolean enrolled) {
        boolean visible = switch (status) {
            case PUBLISHED -> true;
            case DRAFT -> viewer.instructor();
            case ARCHIVED -> viewer.instructor() || enrolled;
        };
        if (!visible) {
            throw DomainException.notFound("course");
        }
        if (staffOnly && !viewer.staff()) {
            throw DomainException.forbidden(viewer.personId() == null ? "staff_only_sign_in" : "staff_only");
        }
    }
}
