package org.resilib.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What other features may know about enrolments, read here so that only this feature reads its table. */
@ApplicationScoped
public class CourseEnrolments {

    /** Whether the person is enrolled in the course, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enrolled(long courseId, long personId) {
        return Enrolment.count("key.courseId = ?1 and key.personId = ?2", courseId, personId) > 0;
    }
}
