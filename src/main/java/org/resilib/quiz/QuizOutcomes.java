package org.resilib.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.resilib.db.SqlArrays;

/**
 * What other features may read about quiz results, so that only this feature reads its tables: the quizzes people
 * passed, per person and course, in one statement for any number of people.
 */
@ApplicationScoped
public class QuizOutcomes {

    /** A course's quiz a person passed: their best graded percentage and when they last submitted a passing try. */
    public record Passed(long personId, long courseId, double bestPercent, Instant lastSubmittedAt) {
    }

    private final EntityManager em;

    QuizOutcomes(EntityManager em) {
        this.em = em;
    }

    /** Passed quizzes of these people, one row per person and course. One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Passed> passed(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select person_id, course_id, max(percent), max(submitted_at)"
                + " from quiz_attempt where person_id = any(cast(?1 as bigint[])) and state = 'graded' and passed"
                + " group by person_id, course_id").setParameter(1, SqlArrays.bigints(Set.copyOf(personIds)))
                .getResultList();
        return rows.stream().map(r -> new Passed(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).doubleValue(), (Instant) r[3])).toList();
    }
}
