package org.resilib.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.db.SqlArrays;

/**
 * What other features may read about courses as evidence of competencies, so that only this feature reads its
 * tables: the courses people completed (every module that is not retired) and the competency codes courses are mapped
 * to, each in one statement for any number of ids.
 */
@ApplicationScoped
public class CourseEvidence {

    /** A course mapped to competencies that a person completed, on the date of their last module. */
    public record Completed(long personId, String slug, List<String> competencies, Instant completedAt) {
    }

    /** A course with the competency codes it evidences. */
    public record Tagged(long id, String slug, List<String> competencies) {
    }

    private final EntityManager em;

    CourseEvidence(EntityManager em) {
        this.em = em;
    }

    /** Completed courses that are mapped to at least one competency, per person. One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<Completed>> completedCourses(Collection<Long> personIds) {
        Map<Long, List<Completed>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.person_id, c.slug, cast(c.competencies as text),"
                + " max(p.completed_at) from course c join course_module m on m.course_id = c.id and not m.retired"
                + " join module_progress p on p.module_id = m.id where p.person_id = any(cast(?1 as bigint[])) and"
                + " jsonb_array_length(c.competencies) > 0 group by p.person_id, c.id having count(p.module_id) ="
                + " (select count(*) from course_module m2 where m2.course_id = c.id and not m2.retired)")
                .setParameter(1, SqlArrays.bigints(Set.copyOf(personIds))).getResultList();
        for (Object[] r : rows) {
            long person = ((Number) r[0]).longValue();
            out.computeIfAbsent(person, k -> new ArrayList<>())
                    .add(new Completed(person, (String) r[1], codes((String) r[2]), (Instant) r[3]));
        }
        return out;
    }

    /** The courses with these ids that are mapped to at least one competency, keyed by id. One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Tagged> tagged(Collection<Long> courseIds) {
        Map<Long, Tagged> out = new HashMap<>();
        if (courseIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, slug, cast(competencies as text) from course where"
                + " id = any(cast(?1 as bigint[])) and jsonb_array_length(competencies) > 0")
                .setParameter(1, SqlArrays.bigints(Set.copyOf(courseIds))).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.put(id, new Tagged(id, (String) r[1], codes((String) r[2])));
        }
        return out;
    }

    /** The codes of a JSON array of strings as the database renders it. */
    static List<String> codes(String json) {
        return Arrays.stream(json.replaceAll("[\\[\\]\" ]", "").split(",")).filter(c -> !c.isBlank()).toList();
    }
}
