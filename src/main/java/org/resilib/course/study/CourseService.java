package org.resilib.course.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import org.resilib.course.CourseFollowUps;
import org.resilib.course.CourseModule;
import org.resilib.course.CourseSlug;
import org.resilib.course.CourseStatus;
import org.resilib.course.Courses;
import org.resilib.course.Enrolment;
import org.resilib.course.LearnerStates;
import org.resilib.course.ModuleProgress;
import org.resilib.course.PublishedCourses;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/**
 * Course and module pages, enrolment and marking modules done; finding the course is {@link Courses}, the catalogue
 * is {@code catalogue.Catalogue}, the dashboard and the progress API {@code progress.ProgressService}.
 */
@ApplicationScoped
public class CourseService {

    private final EntityManager em;
    private final Courses courses;
    private final PublishedCourses published;
    private final Instance<CourseFollowUps> followUps;
    private final LearnerStates learners;

    CourseService(EntityManager em, Courses courses, PublishedCourses published, Instance<CourseFollowUps> followUps,
            LearnerStates learners) {
        this.followUps = followUps;
        this.learners = learners;
        this.em = em;
        this.courses = courses;
        this.published = published;
    }


    /**
     * The course page. A published course comes from the outline in memory and the viewer's enrolment and done
     * modules from {@link LearnerStates}; drafts and archived courses (rare, and seen by few) are read from their rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseViews.Detail detail(String slug, CourseAccess.Who viewer, Locale locale) {
        PublishedCourses.Outline o = CourseSlug.isValid(slug) ? published.current().bySlug(slug) : null;
        if (o == null) {
            return unpublishedDetail(slug, viewer, locale);
        }
        CourseAccess.check(CourseStatus.PUBLISHED, o.staffOnly(), viewer, false);
        LearnerStates.State mine = learners.of(viewer.personId());
        List<CourseViews.ModuleLine> lines = o.modules().stream().map(m -> new CourseViews.ModuleLine(m.slug(),
                m.title(locale), m.position(), m.minutes(), mine.done().contains(m.id()))).toList();
        boolean completed = !lines.isEmpty() && lines.stream().allMatch(CourseViews.ModuleLine::done);
        return new CourseViews.Detail(o.slug(), o.title(locale), o.summary(locale), o.dimension(), o.audience(),
                o.minutes(), CourseStatus.PUBLISHED.key(), o.hasQuiz(), lines, mine.enrolled().contains(o.id()),
                viewer.personId() != null, completed ? offers(viewer, List.of(o.slug()), locale) : List.of());
    }

    private CourseViews.Detail unpublishedDetail(String slug, CourseAccess.Who viewer, Locale locale) {
        Course course = courses.find(slug, viewer);
        List<CourseModule> modules = activeModules(course);
        Set<Long> done = doneModuleIds(viewer.personId(), course);
        boolean enrolled = viewer.personId() != null
                && Enrolment.findByIdOptional(new Enrolment.Key(viewer.personId(), course.id)).isPresent();
        List<CourseViews.ModuleLine> lines = modules.stream().map(m -> new CourseViews.ModuleLine(m.slug,
                m.title(locale), m.position, m.minutes, done.contains(m.id))).toList();
        return new CourseViews.Detail(course.slug, course.title(locale), course.summary(locale), course.dimension,
                course.audience, course.minutes, course.status, course.quizGift != null && !course.quizGift.isBlank(),
                lines, enrolled, viewer.personId() != null, List.of());
    }

    /** What other features offer after these completed courses (a feedback survey); nothing without them. */
    private List<CourseFollowUps.Offer> offers(CourseAccess.Who viewer, List<String> slugs, Locale locale) {
        List<CourseFollowUps.Offer> out = new ArrayList<>();
        followUps.forEach(f -> out.addAll(f.forCompleted(viewer, slugs, locale)));
        return out;
    }

    /**
     * A module page. For a published course: the outline for titles and neighbours, the module's HTML from the
     * outline's bodies and whether the viewer has done it from {@link LearnerStates}: no statement once both are in
     * memory, whatever the number of modules.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseViews.ModulePage module(String slug, String moduleSlug, CourseAccess.Who viewer, Locale locale) {
        PublishedCourses.Outline o = CourseSlug.isValid(slug) ? published.current().bySlug(slug) : null;
        if (o == null) {
            return unpublishedModule(slug, moduleSlug, viewer, locale);
        }
        CourseAccess.check(CourseStatus.PUBLISHED, o.staffOnly(), viewer, false);
        int index = o.indexOf(moduleSlug);
        if (index < 0) {
            throw DomainException.notFound("module");
        }
        PublishedCourses.ModuleOutline m = o.modules().get(index);
        Map<String, String> bodies = published.body(published.current(), m.id());
        boolean done = learners.of(viewer.personId()).done().contains(m.id());
        String language = LocalizedText.pickKey(bodies, locale);
        PublishedCourses.ModuleOutline prev = index > 0 ? o.modules().get(index - 1) : null;
        PublishedCourses.ModuleOutline next = index < o.modules().size() - 1 ? o.modules().get(index + 1) : null;
        return new CourseViews.ModulePage(o.slug(), o.title(locale), m.slug(), m.title(locale),
                language == null ? "" : bodies.get(language), language,
                language != null && Locale.forLanguageTag(language).getLanguage().equals(locale.getLanguage()),
                index + 1, o.modules().size(), m.minutes(), done,
                prev == null ? null : new CourseViews.Neighbour(prev.slug(), prev.title(locale)),
                next == null ? null : new CourseViews.Neighbour(next.slug(), next.title(locale)));
    }

    private CourseViews.ModulePage unpublishedModule(String slug, String moduleSlug, CourseAccess.Who viewer,
            Locale locale) {
        Course course = courses.find(slug, viewer);
        List<CourseModule> modules = activeModules(course);
        int index = -1;
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).slug.equals(moduleSlug)) {
                index = i;
            }
        }
        if (index < 0) {
            throw DomainException.notFound("module");
        }
        CourseModule m = modules.get(index);
        String language = LocalizedText.pickKey(m.bodyHtml, locale);
        boolean done = viewer.personId() != null && ModuleProgress.findByIdOptional(
                new ModuleProgress.Key(viewer.personId(), m.id)).isPresent();
        CourseModule prev = index > 0 ? modules.get(index - 1) : null;
        CourseModule next = index < modules.size() - 1 ? modules.get(index + 1) : null;
        return new CourseViews.ModulePage(course.slug, course.title(locale), m.slug, m.title(locale),
                language == null ? "" : m.bodyHtml.get(language), language,
                language != null && Locale.forLanguageTag(language).getLanguage().equals(locale.getLanguage()),
                index + 1, modules.size(), m.minutes, done,
                prev == null ? null : new CourseViews.Neighbour(prev.slug, prev.title(locale)),
                next == null ? null : new CourseViews.Neighbour(next.slug, next.title(locale)));
    }

    /** Enrols the person; enrolling twice changes nothing (the primary key and ON CONFLICT see to that). */
    @Transactional
    public void enrol(String slug, CourseAccess.Who viewer) {
        Course course = courses.find(slug, viewer);
        if (!course.isPublished()) {
            throw DomainException.conflict(null, "course_not_open");
        }
        insertEnrolment(viewer.personId(), course.id);
    }


    /** Marks a module done (and enrols); returns the next module's slug, or null at the end of the course. */
    @Transactional
    public String markDone(String slug, String moduleSlug, CourseAccess.Who viewer, boolean done) {
        Course course = courses.find(slug, viewer);
        List<CourseModule> modules = activeModules(course);
        CourseModule module = modules.stream().filter(m -> m.slug.equals(moduleSlug)).findFirst()
                .orElseThrow(() -> DomainException.notFound("module"));
        if (done) {
            if (!course.isPublished()) {
                throw DomainException.conflict(null, "course_not_open");
            }
            insertEnrolment(viewer.personId(), course.id);
            em.createNativeQuery("insert into module_progress (person_id, module_id) values (?1, ?2)"
                    + " on conflict do nothing").setParameter(1, viewer.personId()).setParameter(2, module.id)
                    .executeUpdate();
        } else {
            learners.changed(viewer.personId());
            em.createNativeQuery("delete from module_progress where person_id = ?1 and module_id = ?2")
                    .setParameter(1, viewer.personId()).setParameter(2, module.id).executeUpdate();
        }
        int index = modules.indexOf(module);
        return index < modules.size() - 1 ? modules.get(index + 1).slug : null;
    }

    private void insertEnrolment(long person, long course) {
        learners.changed(person);
        em.createNativeQuery("insert into enrolment (person_id, course_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, person).setParameter(2, course).executeUpdate();
    }

    private static List<CourseModule> activeModules(Course course) {
        return CourseModule.list("course = ?1 and retired = false order by position", course);
    }

    private Set<Long> doneModuleIds(Long person, Course course) {
        if (person == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select p.key.moduleId from ModuleProgress p, CourseModule m where"
                + " p.key.moduleId = m.id and m.course = :course and p.key.personId = :person", Long.class)
                .setParameter("course", course).setParameter("person", person).getResultList());
    }

}
