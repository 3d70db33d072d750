package org.resilib.course;

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
import org.resilib.identity.Viewer;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/** Course and module pages, enrolment and progress, and the learner's dashboard; the catalogue is {@link Catalogue}. */
@ApplicationScoped
public class CourseService {

    private final EntityManager em;
    private final Catalogue catalogue;

    CourseService(EntityManager em, Catalogue catalogue) {
        this.em = em;
        this.catalogue = catalogue;
    }


    /** The course for this viewer (other features' entry point), or 404/403 per {@link CourseAccess}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseViews.Visible courseFor(String slug, Viewer viewer) {
        Course c = findForViewer(slug, CourseAccess.of(viewer));
        return new CourseViews.Visible(c.id, c.slug, c.title, c.status, c.quizSettings);
    }

    /** The course for this viewer, or 404/403 per {@link CourseAccess}. */
    Course findForViewer(String slug, CourseAccess.Who viewer) {
        if (!CourseSlug.isValid(slug)) {
            throw DomainException.notFound("course");
        }
        Course course = Course.findBySlug(slug).orElseThrow(() -> DomainException.notFound("course"));
        boolean enrolled = viewer.personId() != null && Enrolment.findByIdOptional(
                new Enrolment.Key(viewer.personId(), course.id)).isPresent();
        CourseAccess.check(course, viewer, enrolled);
        return course;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseViews.Detail detail(String slug, CourseAccess.Who viewer, Locale locale) {
        Course course = findForViewer(slug, viewer);
        List<CourseModule> modules = activeModules(course);
        Set<Long> done = doneModuleIds(viewer.personId(), course);
        boolean enrolled = viewer.personId() != null
                && Enrolment.findByIdOptional(new Enrolment.Key(viewer.personId(), course.id)).isPresent();
        List<CourseViews.ModuleLine> lines = modules.stream().map(m -> new CourseViews.ModuleLine(m.slug,
                m.title(locale), m.position, m.minutes, done.contains(m.id))).toList();
        return new CourseViews.Detail(course.slug, course.title(locale), course.summary(locale), course.dimension,
                course.audience, course.minutes, course.status, course.quizGift != null && !course.quizGift.isBlank(),
                lines, enrolled, viewer.personId() != null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseViews.ModulePage module(String slug, String moduleSlug, CourseAccess.Who viewer, Locale locale) {
        Course course = findForViewer(slug, viewer);
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
        Course course = findForViewer(slug, viewer);
        if (!course.isPublished()) {
            throw DomainException.conflict(null, "course_not_open");
        }
        insertEnrolment(viewer.personId(), course.id);
    }

    /** Marks a module done (and enrols); returns the next module's slug, or null at the end of the course. */
    @Transactional
    public String markDone(String slug, String moduleSlug, CourseAccess.Who viewer, boolean done) {
        Course course = findForViewer(slug, viewer);
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
            em.createNativeQuery("delete from module_progress where person_id = ?1 and module_id = ?2")
                    .setParameter(1, viewer.personId()).setParameter(2, module.id).executeUpdate();
        }
        int index = modules.indexOf(module);
        return index < modules.size() - 1 ? modules.get(index + 1).slug : null;
    }

    private void insertEnrolment(long person, long course) {
        em.createNativeQuery("insert into enrolment (person_id, course_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, person).setParameter(2, course).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseViews.Dashboard dashboard(CourseAccess.Who viewer, Locale locale) {
        long person = viewer.personId();
        List<Course> mine = em.createQuery("select c from Course c where c.id in (select e.key.courseId from Enrolment e"
                + " where e.key.personId = :person) and (c.status <> :draft) order by c.slug", Course.class)
                .setParameter("person", person).setParameter("draft", CourseStatus.DRAFT.key()).getResultList();
        List<CourseViews.MyCourse> inProgress = new ArrayList<>();
        List<CourseViews.MyCourse> completed = new ArrayList<>();
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
                CourseViews.MyCourse my = new CourseViews.MyCourse(c.slug, c.title(locale), c.dimension, c.status,
                        ms.size(), doneCount, next == null ? null
                                : new CourseViews.ModuleLine(next.slug, next.title(locale), next.position, next.minutes,
                                        false));
                (my.completed() ? completed : inProgress).add(my);
            }
        }
        Set<String> taken = new HashSet<>();
        mine.forEach(c -> taken.add(c.slug));
        List<CourseViews.Card> suggestions = catalogue.list(new CourseViews.Filter(null, null, null), viewer, locale)
                .courses().stream().filter(c -> !taken.contains(c.slug())).limit(3).toList();
        return new CourseViews.Dashboard(inProgress, completed, suggestions);
    }

    /** Progress in every course the person is enrolled in or has completed a module of: three queries in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseViews.CourseProgress> progress(long person, Locale locale) {
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
            return new CourseViews.CourseProgress(c.slug, c.title(locale), c.status, ms.size(), completed, percent);
        }).toList();
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
