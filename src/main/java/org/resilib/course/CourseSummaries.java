package org.resilib.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What other features may read about courses in bulk (the authoring list): the course row's slug, title in the
 * reader's language, status, whether content/ manages it, and when it last changed. One statement per call.
 */
@ApplicationScoped
public class CourseSummaries {

    /** A course as a list shows it. */
    public record Summary(long id, String slug, String title, String status, boolean fileManaged,
            Instant updatedAt) {
    }

    private final EntityManager em;

    CourseSummaries(EntityManager em) {
        this.em = em;
    }

    /** Every course, newest change first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> all(Locale locale, int limit) {
        return em.createQuery("select c from Course c order by c.updatedAt desc", Course.class).setMaxResults(limit)
                .getResultList().stream().map(c -> summary(c, locale)).toList();
    }

    /** The courses with these ids (unknown ids are left out), newest change first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> byIds(Collection<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Course c where c.id in :ids order by c.updatedAt desc", Course.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList().stream().map(c -> summary(c, locale)).toList();
    }

    private static Summary summary(Course c, Locale locale) {
        return new Summary(c.id, c.slug, c.title(locale), c.status, c.isFileManaged(), c.updatedAt);
    }
}
