package org.resilib.course.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resilib.course.Course;
import org.resilib.course.CourseAccess;
import org.resilib.course.CourseFollowUps;
import org.resilib.course.CourseModule;
import org.resilib.course.CourseStatus;
import org.resilib.course.LearnerStates;
import org.resilib.course.PublishedCourses;
import org.resilib.course.catalogue.CatalogueViews;
import org.resilib.course.study.CourseViews;
import org.resilib.text.LocalizedText;

/** A learner's own progress: the dashboard and the progress API. */
@ApplicationScoped
public class ProgressService {

    private static final int SUGGESTIONS = 3;

    private final EntityManager em;
    private final PublishedCourses published;
    private final Instance<CourseFollowUps> followUps;
    private final LearnerStates learners;

    ProgressService(EntityManager em, PublishedCourses published, Instance<CourseFollowUps> followUps,
            LearnerStates learners) {
        this.learners = learners;
        this.followUps = followUps;
        this.em = em;
        this.published = published;
    }

    /** A course as the dashboard needs it, from the outline (published) or from its rows (archived). */
    private record Taken(String slug, Map<String, String> title, String dimension, String status,
            List<PublishedCourses.ModuleOutline> modules) {
    }

    /**
     * The dashboard: the person's courses in progress and completed, and a few suggestions, from the outline and
     * the person's {@link LearnerStates} in memory, whatever the number of enrolments; what other features offer
     * after completed courses; two statements more only when the person is enrolled in archived courses, which are
     * not in the outline.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressViews.Dashboard dashboard(CourseAccess.Who viewer, Locale locale) {
        long person = viewer.personId();
        PublishedCourses.Snapshot outline = published.current();
        LearnerStates.State state = learners.of(person);
        Set<Long> enrolled = state.enrolled();
        Set<Long> done = state.done();
        List<Taken> mine = new ArrayList<>();
        List<Long> elsewhere = new ArrayList<>();
        for (long id : enrolled) {
            PublishedCourses.Outline o = outline.byId(id);
            if (o == null) {
                elsewhere.add(id);
            } else {
                mine.add(new Taken(o.slug(), o.title(), o.dimension(), CourseStatus.PUBLISHED.key(), o.modules()));
            }
        }
        mine.addAll(archived(elsewhere));
        mine.sort(Comparator.comparing(Taken::slug));
        List<ProgressViews.MyCourse> inProgress = new ArrayList<>();
        List<ProgressViews.MyCourse> completed = new ArrayList<>();
        for (Taken c : mine) {
            int doneCount = (int) c.modules().stream().filter(m -> done.contains(m.id())).count();
            PublishedCourses.ModuleOutline next = c.modules().stream().filter(m -> !done.contains(m.id()))
                    .findFirst().orElse(null);
            ProgressViews.MyCourse my = new ProgressViews.MyCourse(c.slug(), LocalizedText.pick(c.title(), locale),
                    c.dimension(), c.status(), c.modules().size(), doneCount, next == null ? null
                            : new CourseViews.ModuleLine(next.slug(), next.title(locale), next.position(),
                                    next.minutes(), false));
            (my.completed() ? completed : inProgress).add(my);
        }
        List<CatalogueViews.Card> suggestions = outline.ordered(locale).stream()
                .filter(c -> !enrolled.contains(c.id()))
                .filter(c -> viewer.staff() || !c.staffOnly())
                .limit(SUGGESTIONS)
                .map(c -> new CatalogueViews.Card(c.slug(), c.title(locale), c.summary(locale), c.dimension(),
                        c.audience(), c.minutes(), c.modules().size(),
                        (int) c.modules().stream().filter(m -> done.contains(m.id())).count(), false))
                .toList();
        List<CourseFollowUps.Offer> offers = new ArrayList<>();
        List<String> finished = completed.stream().map(ProgressViews.MyCourse::slug).toList();
        followUps.forEach(f -> offers.addAll(f.forCompleted(viewer, finished, locale)));
        return new ProgressViews.Dashboard(inProgress, completed, suggestions, offers);
    }

    /** Archived courses among the ids, with their active modules: two statements, none when there are no ids. */
    private List<Taken> archived(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Course> courses = em.createQuery("select c from Course c where c.id in :ids and c.status = :archived",
                Course.class).setParameter("ids", ids).setParameter("archived", CourseStatus.ARCHIVED.key())
                .getResultList();
        if (courses.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PublishedCourses.ModuleOutline>> byCourse = new HashMap<>();
        em.createQuery("select m from CourseModule m where m.retired = false and m.course.id in :ids"
                + " order by m.position", CourseModule.class).setParameter("ids", courses.stream().map(c -> c.id)
                        .toList()).getResultList()
                .forEach(m -> byCourse.computeIfAbsent(m.course.id, k -> new ArrayList<>())
                        .add(new PublishedCourses.ModuleOutline(m.id, m.slug, m.title, m.position, m.minutes)));
        return courses.stream().map(c -> new Taken(c.slug, c.title, c.dimension, c.status,
                byCourse.getOrDefault(c.id, List.of()))).toList();
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
