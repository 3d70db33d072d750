package org.resilib.course.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resilib.course.Course;
import org.resilib.course.CourseAccess;
import org.resilib.course.CourseModule;
import org.resilib.course.CourseStatus;
import org.resilib.course.catalogue.Catalogue;
import org.resilib.course.catalogue.CatalogueViews;
import org.resilib.course.study.CourseViews;

/** The learner's dashboard and progress per course, each in a fixed number of statements. */
@ApplicationScoped
public class ProgressService {

    private final EntityManager em;
    private final Catalogue catalogue;

    ProgressService(EntityManager em, Catalogue catalogue) {
        this.em = em;
        this.catalogue = catalogue;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressViews.Dashboard dashboard(CourseAccess.Who viewer, Locale locale) {
        long person = viewer.personId();
        List<Course> mine = em.createQuery("select c from Course c where c.id in (select e.key.courseId from Enrolment e"
                + " where e.key.personId = :person) and (c.status <> :draft) order by c.slug", Course.class)
                .setParameter("person", person).setParameter("draft", CourseStatus.DRAFT.key()).getResultList();
        List<ProgressViews.MyCourse> inProgress = new ArrayList<>();
        List<ProgressViews.MyCourse> completed = new ArrayList<>();
        if (!mine.isEmpty()) {
            List<Long> ids = mine.stream().map(c -> c.id).toList();
            List<CourseModule> modules = em.createQuery("select m from CourseModule m where m.retired = false and"
                    + " m.course.id in :ids order by m.position", CourseModule.class).setParameter("ids", ids)
                    .getResultList();
            Set<Long> done = new HashSet<>(em.createQuery("select p.key.moduleId from ModuleProgress p where"
                    + " p.key.personId = :person", Long.class).setParameter("person", person).getResultList());
            Map<Long, List<CourseModule>> byCourse = new HashMap<>();
            modules.forEach(m -> byCourse.computeIfAbsent(m.course.id, k -> new ArrayList<>()).add(m));
            for (Course c : mine) {
                List<CourseModule> ms = byCourse.getOrDefault(c.id, List.of());
                int doneCount = (int) ms.stream().filter(m -> done.contains(m.id)).count();
                CourseModule next = ms.stream().filter(m -> !done.contains(m.id)).findFirst().orElse(null);
                ProgressViews.MyCourse my = new ProgressViews.MyCourse(c.slug, c.title(locale), c.dimension, c.status,
                        ms.size(), doneCount, next == null ? null
                                : new CourseViews.ModuleLine(next.slug, next.title(locale), next.position, next.minutes,
                                        false));
                (my.completed() ? completed : inProgress).add(my);
            }
        }
        Set<String> taken = new HashSet<>();
        mine.forEach(c -> taken.add(c.slug));
        List<CatalogueViews.Card> suggestions = catalogue
                .list(new CatalogueViews.Filter(null, null, null), viewer, locale).courses().stream()
                .filter(c -> !taken.contains(c.slug())).limit(3).toList();
        return new ProgressViews.Dashboard(inProgress, completed, suggestions);
    }

    /** Progress in every course the person is enrolled in or has completed a module of: three queries in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressViews.CourseProgress> progress(long person, Locale locale) {
        List<Course> courses = em.createQuery("select c from Course c where c.status <> :draft and (c.id in"
                + " (select e.key.courseId from Enrolment e where e.key.personId = :person) or c.id in (select m.course.id"
                + " from ModuleProgress p, CourseModule m where p.key.moduleId = m.id and p.key.personId = :person))"
                + " order by c.slug", Course.class)
                .setParameter("person", person).setParameter("draft", CourseStatus.DRAFT.key()).getResultList();
        if (courses.isEmpty()) {
            return List.of();
        }
        List<CourseModule> modules = em.createQuery("select m from CourseModule m where m.retired = false and"
                + " m.course.id in :ids order by m.position", CourseModule.class)
                .setParameter("ids", courses.stream().map(c -> c.id).toList()).getResultList();
        Set<Long> done = new HashSet<>(em.createQuery("select p.key.moduleId from ModuleProgress p where"
                + " p.key.personId = :person", Long.class).setParameter("person", person).getResultList());
        Map<Long, List<CourseModule>> byCourse = new HashMap<>();
        modules.forEach(m -> byCourse.computeIfAbsent(m.course.id, k -> new ArrayList<>()).add(m));
        return courses.stream().map(c -> {
            List<CourseModule> ms = byCourse.getOrDefault(c.id, List.of());
            List<String> completed = ms.stream().filter(m -> done.contains(m.id)).map(m -> m.slug).toList();
            int percent = ms.isEmpty() ? 0 : completed.size() * 100 / ms.size();
            return new ProgressViews.CourseProgress(c.slug, c.title(locale), c.status, ms.size(), completed, percent);
        }).toList();
    }
}
