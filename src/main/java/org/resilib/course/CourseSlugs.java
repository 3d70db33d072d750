package org.resilib.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.db.SqlArrays;

/** Courses' slugs by id, for other features that hold course ids (one statement for any number of ids). */
@ApplicationScoped
public class CourseSlugs {

    private final EntityManager em;

    CourseSlugs(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, slug from course where id = any(cast(?1 as bigint[]))")
                .setParameter(1, SqlArrays.bigints(Set.copyOf(ids))).getResultList();
        Map<Long, String> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), (String) r[1]));
        return out;
    }
}
