package org.resilib.course.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resilib.course.Audience;
import org.resilib.course.Course;
import org.resilib.course.CourseAccess;
import org.resilib.course.CourseStatus;
import org.resilib.course.Dimension;

/**
 * The catalogue: published courses the viewer may see, filtered and searched, with module counts, the viewer's
 * progress and enrolments, in a fixed number of statements whatever the number of courses.
 */
@ApplicationScoped
public class Catalogue {

    public static final int SEARCH_MAX = 100;
    private final EntityManager em;

    Catalogue(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueViews.Catalogue list(CatalogueViews.Filter filter, CourseAccess.Who viewer, Locale locale) {
        StringBuilder hql = new StringBuilder("from Course c where c.status = :published");
        Map<String, Object> params = new HashMap<>();
        params.put("published", CourseStatus.PUBLISHED.key());
        if (filter.dimension() != null) {
            hql.append(" and c.dimension = :dimension");
            params.put("dimension", filter.dimension());
        }
        if (filter.audience() != null) {
            hql.append(" and c.audience = :audience");
            params.put("audience", filter.audience());
        }
        if (!viewer.staff()) {
            hql.append(" and c.audience <> :staffOnly");
            params.put("staffOnly", Audience.LIBRARIANS.key());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            hql.append(" and c.searchText like :q escape '\\'");
            params.put("q", "%" + escapeLike(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        var query = em.createQuery(hql.toString(), Course.class);
        params.forEach(query::setParameter);
        List<Course> courses = query.getResultList();
        List<CatalogueViews.Card> cards = cards(courses, viewer, locale);
        return new CatalogueViews.Catalogue(cards, filter);
    }

    private List<CatalogueViews.Card> cards(List<Course> courses, CourseAccess.Who viewer, Locale locale) {
        if (courses.isEmpty()) {
            return List.of();
        }
        List<Long> ids = courses.stream().map(c -> c.id).toList();
        Map<Long, Integer> moduleCounts = countsByCourse(
                "select m.course.id, count(m) from CourseModule m where m.retired = false and m.course.id in :ids"
                        + " group by m.course.id", ids, null);
        Map<Long, Integer> doneCounts = viewer.personId() == null ? Map.of() : countsByCourse(
                "select m.course.id, count(p) from ModuleProgress p, CourseModule m where p.key.moduleId = m.id"
                        + " and m.retired = false and m.course.id in :ids and p.key.personId = :person"
                        + " group by m.course.id", ids, viewer.personId());
        Set<Long> enrolled = enrolledIds(viewer.personId(), ids);
        return courses.stream()
                .sorted(Comparator.comparing((Course c) -> Dimension.fromKey(c.dimension).map(Enum::ordinal).orElse(9))
                        .thenComparing(c -> c.title(locale)))
                .map(c -> new CatalogueViews.Card(c.slug, c.title(locale), c.summary(locale), c.dimension, c.audience,
                        c.minutes, moduleCounts.getOrDefault(c.id, 0), doneCounts.getOrDefault(c.id, 0),
                        enrolled.contains(c.id)))
                .toList();
    }

    private Map<Long, Integer> countsByCourse(String hql, List<Long> ids, Long person) {
        var query = em.createQuery(hql, Object[].class).setParameter("ids", ids);
        if (person != null) {
            query.setParameter("person", person);
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return counts;
    }

    private Set<Long> enrolledIds(Long person, List<Long> ids) {
        if (person == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select e.key.courseId from Enrolment e where e.key.personId = :person"
                + " and e.key.courseId in :ids", Long.class).setParameter("person", person).setParameter("ids", ids)
                .getResultList());
    }

    static String escapeLike(String s) {
        String limited = s.length() > SEARCH_MAX ? s.substring(0, SEARCH_MAX) : s;
        return limited.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
