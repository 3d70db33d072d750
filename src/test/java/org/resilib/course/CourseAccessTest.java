package org.resilib.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.resilib.web.DomainException;

/** Who may see a course, without Quarkus: the course rows are plain objects here. */
class CourseAccessTest {

    private static final CourseAccess.Who ANONYMOUS = new CourseAccess.Who(null, false, false);
    private static final CourseAccess.Who STUDENT = new CourseAccess.Who(7L, false, false);
    private static final CourseAccess.Who LIBRARIAN = new CourseAccess.Who(8L, true, false);
    private static final CourseAccess.Who INSTRUCTOR = new CourseAccess.Who(9L, true, true);

    private static Course course(CourseStatus status, Audience audience) {
        Course c = new Course();
        c.slug = "access-rule";
        c.status = status.key();
        c.audience = audience.key();
        return c;
    }

    private static DomainException refusal(Course c, CourseAccess.Who who, boolean enrolled) {
        return catchThrowableOfType(DomainException.class, () -> CourseAccess.check(c, who, enrolled));
    }

    @Test
    void publishedCoursesArePublic() {
        Course c = course(CourseStatus.PUBLISHED, Audience.STUDENTS);
        for (CourseAccess.Who who : new CourseAccess.Who[] {ANONYMOUS, STUDENT, LIBRARIAN, INSTRUCTOR}) {
            assertThatCode(() -> CourseAccess.check(c, who, false)).doesNotThrowAnyException();
        }
    }

    @Test
    void draftsAreForInstructorsOnlyAndLookMissingToOthers() {
        Course c = course(CourseStatus.DRAFT, Audience.EVERYONE);
        assertThatCode(() -> CourseAccess.check(c, INSTRUCTOR, false)).doesNotThrowAnyException();
        for (CourseAccess.Who who : new CourseAccess.Who[] {ANONYMOUS, STUDENT, LIBRARIAN}) {
            DomainException e = refusal(c, who, true);
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.messageKey()).isEqualTo("not_found_course");
        }
    }

    @Test
    void archivedCoursesStayReadableForTheirLearners() {
        Course c = course(CourseStatus.ARCHIVED, Audience.STUDENTS);
        assertThatCode(() -> CourseAccess.check(c, STUDENT, true)).doesNotThrowAnyException();
        assertThatCode(() -> CourseAccess.check(c, INSTRUCTOR, false)).doesNotThrowAnyException();
        assertThat(refusal(c, STUDENT, false).status()).isEqualTo(404);
        assertThat(refusal(c, ANONYMOUS, false).status()).isEqualTo(404);
    }

    @Test
    void staffOnlyCoursesNeedAStaffRoleAndSaySoToThoseWhoLackIt() {
        Course c = course(CourseStatus.PUBLISHED, Audience.LIBRARIANS);
        assertThatCode(() -> CourseAccess.check(c, LIBRARIAN, false)).doesNotThrowAnyException();
        DomainException student = refusal(c, STUDENT, false);
        assertThat(student.status()).isEqualTo(403);
        assertThat(student.messageKey()).isEqualTo("staff_only");
        DomainException anonymous = refusal(c, ANONYMOUS, false);
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.messageKey()).isEqualTo("staff_only_sign_in");
    }

    @Test
    void anUnknownStatusCountsAsADraft() {
        Course c = course(CourseStatus.PUBLISHED, Audience.STUDENTS);
        c.status = "something-else";
        assertThat(refusal(c, STUDENT, false).status()).isEqualTo(404);
        assertThatCode(() -> CourseAccess.check(c, INSTRUCTOR, false)).doesNotThrowAnyException();
    }
}
