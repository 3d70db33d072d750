package org.resilib.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What other features may read about courses (the authoring list, the quiz, live sessions, competencies): the course
 * row's slug, title in the reader's language, status, whether content/ manages it, and when it last changed; the
 * published courses with the competencies they evidence; slugs and ids. At most one statement per call.
 */
@ApplicationScoped
public class CourseSummaries {

    /** A course as a list shows it. */
    public record Summary(long id, String slug, String title, String status, boolean fileManaged,
            Instant updatedAt) {
    }

    /** A published course, the competency codes it evidences, and whether it has a quiz. */
    public record Published(String slug, String title, List<String> competencies, boolean hasQuiz) {
    }

    private final EntityManager em;
    private final PublishedCourses outline;

    CourseSummaries(EntityManager em, PublishedCourses outline) {
        this.em = em;
        this.outline = outline;
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

    /** The course with this id, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Summary> byId(long id, Locale locale) {
        return Optional.ofNullable(em.find(Course.class, id)).map(c -> summary(c, locale));
    }

    /** The id of the course with this slug, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> idOf(String slug) {
        return Course.findBySlug(slug).map(c -> c.id);
    }

    /** The slug of the course with this id, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> slugOf(long id) {
        return Optional.ofNullable(em.find(Course.class, id)).map(c -> c.slug);
    }

    /**
     * Every published course with its competencies, titles in the reader's language, in catalogue order; read from
     * the in-memory outline (the outline's statement per request at most).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Published> published(Locale locale) {
        return outline.current().ordered(locale).stream()
                .map(c -> new Published(c.slug(), c.title(locale), c.competencies(), c.hasQuiz())).toList();
    }

    private static Summary summary(Course c, Locale locale) {
        return new Summary(c.id, c.slug, c.title(locale), c.status, c.isFileManaged(), c.updatedAt);
    }
}
