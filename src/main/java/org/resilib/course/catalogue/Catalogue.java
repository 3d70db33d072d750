package org.resilib.course.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.resilib.course.CourseAccess;
import org.resilib.course.LearnerStates;
import org.resilib.course.PublishedCourses;

/**
 * The catalogue: published courses the viewer may see, filtered, searched and paged, with module counts and the
 * viewer's progress and enrolments. It reads the in-memory outline ({@link PublishedCourses}), so its cost does not
 * grow with the number of courses: no statement for the outline while the change feed listens (one for its epoch
 * otherwise), one for a search, and the signed-in viewer's own progress and enrolments from {@link LearnerStates}.
 */
@ApplicationScoped
public class Catalogue {

    public static final int SEARCH_MAX = 100;
    /** Cards per page: a multiple of two, three and four columns. */
    public static final int PAGE_SIZE = 24;

    private final EntityManager em;
    private final PublishedCourses published;
    private final LearnerStates learners;

    Catalogue(EntityManager em, PublishedCourses published, LearnerStates learners) {
        this.em = em;
        this.published = published;
        this.learners = learners;
    }

    /** One page of the catalogue; a page past the end is the last page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueViews.Catalogue list(CatalogueViews.Filter filter, CourseAccess.Who viewer, Locale locale, int page,
            int size) {
        PublishedCourses.Snapshot outline = published.current();
        Set<Long> found = filter.q() == null || filter.q().isBlank() ? null : search(filter.q());
        // Without a search, the filtered list depends on the outline alone: made once per epoch and filter.
        List<PublishedCourses.Outline> matching = found == null
                ? outline.memo(List.of("catalogue", locale, String.valueOf(filter.dimension()),
                        String.valueOf(filter.audience()), viewer.staff()), () -> matching(outline, filter, viewer,
                                locale, null))
                : matching(outline, filter, viewer, locale, found);
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        List<PublishedCourses.Outline> shown = matching.subList((current - 1) * size,
                Math.min(matching.size(), current * size));
        LearnerStates.State mine = learners.of(viewer.personId());
        List<CatalogueViews.Card> cards = shown.stream().map(c -> new CatalogueViews.Card(c.slug(), c.title(locale),
                c.summary(locale), c.dimension(), c.audience(), c.minutes(), c.modules().size(),
                mine.doneOf(c.modules()), mine.enrolled().contains(c.id()))).toList();
        return new CatalogueViews.Catalogue(cards, filter, matching.size(), current, pages);
    }

    private static List<PublishedCourses.Outline> matching(PublishedCourses.Snapshot outline,
            CatalogueViews.Filter filter, CourseAccess.Who viewer, Locale locale, Set<Long> found) {
        return outline.ordered(locale).stream()
                .filter(c -> filter.dimension() == null || filter.dimension().equals(c.dimension()))
                .filter(c -> filter.audience() == null || filter.audience().equals(c.audience()))
                .filter(c -> viewer.staff() || !c.staffOnly())
                .filter(c -> found == null || found.contains(c.id()))
                .toList();
    }

    private Set<Long> search(String q) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from course where status = 'published'"
                + " and search_text like ?1 escape '\\'")
                .setParameter(1, "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%").getResultList();
        Set<Long> out = new HashSet<>();
        ids.forEach(n -> out.add(n.longValue()));
        return out;
    }

    static String escapeLike(String s) {
        String limited = s.length() > SEARCH_MAX ? s.substring(0, SEARCH_MAX) : s;
        return limited.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
