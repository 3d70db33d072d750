package org.resilib.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.resilib.course.CourseAuthorship;

/** The course feature's question "which courses does this person author?", answered from the authors' table. */
@ApplicationScoped
class AuthoredCourses implements CourseAuthorship {

    private final EntityManager em;

    AuthoredCourses(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> authoredBy(long personId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select course_id from course_author where person_id = ?1")
                .setParameter(1, personId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toUnmodifiableSet());
    }
}
