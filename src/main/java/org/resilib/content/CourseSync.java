package org.resilib.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.resilib.course.Course;
import org.resilib.course.CourseModule;
import org.resilib.course.CourseStatus;
import org.resilib.web.DomainException;

/** Writes validated course folders into the database, one transaction per course. */
@ApplicationScoped
public class CourseSync {

    public enum Outcome { LOADED, UPDATED, UNCHANGED, CONFLICT, DETACHED }

    static final String SOURCE_FILE = "file";
    private final EntityManager em;
    private final Event<QuizContentLoaded> quizLoaded;
    private final Event<CourseVersionWritten> versionWritten;

    CourseSync(EntityManager em, Event<QuizContentLoaded> quizLoaded,
            Event<CourseVersionWritten> versionWritten) {
        this.em = em;
        this.quizLoaded = quizLoaded;
        this.versionWritten = versionWritten;
    }

    @Transactional
    public Outcome apply(CourseDefinition def) {
        // Several instances may reload at once: serialise per course.
        em.createNativeQuery("select pg_advisory_xact_lock(7, ?1)").setParameter(1, def.slug().hashCode())
                .getSingleResult();
        Optional<Course> existing = Course.find("slug", def.slug()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (existing.isPresent() && !SOURCE_FILE.equals(existing.get().source)) {
            return Outcome.CONFLICT;
        }
        if (existing.isPresent() && existing.get().detached) {
            return Outcome.DETACHED;
        }
        if (existing.isPresent() && def.hash().equals(existing.get().sourceHash)
                && !CourseStatus.ARCHIVED.key().equals(existing.get().status)) {
            return Outcome.UNCHANGED;
        }
        Course course = existing.orElseGet(Course::new);
        fill(course, def, SOURCE_FILE);
        if (existing.isEmpty()) {
            course.persist();
        }
        syncModules(course, def.modules());
        quizLoaded.fire(new QuizContentLoaded(course.id, def.quizGift(), def.manifest().language(), def.quizTranslations(), "content"));
        versionWritten.fire(new CourseVersionWritten(course.id, CourseDocument.of(def), null,
                CourseVersionWritten.Source.FILE, null));
        return existing.isPresent() ? Outcome.UPDATED : Outcome.LOADED;
    }

    /**
     * A course from an uploaded zip: a new course, not file-managed (content reloads leave it alone), written with
     * its modules and question bank in the caller's transaction so that nothing is half-imported.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Course create(CourseDefinition def, String source, String by, Long byPerson) {
        em.createNativeQuery("select pg_advisory_xact_lock(7, ?1)").setParameter(1, def.slug().hashCode())
                .getSingleResult();
        if (Course.findBySlug(def.slug()).isPresent()) {
            throw DomainException.conflict("slug", "course_slug_taken");
        }
        Course course = new Course();
        fill(course, def, source);
        course.persist();
        syncModules(course, def.modules());
        quizLoaded.fire(new QuizContentLoaded(course.id, def.quizGift(), def.manifest().language(), def.quizTranslations(), by));
        versionWritten.fire(new CourseVersionWritten(course.id, CourseDocument.of(def), byPerson,
                CourseVersionWritten.Source.IMPORT, null));
        return course;
    }

    /**
     * Makes a document the live course in the caller's transaction (which holds the course row's lock): course
     * fields, modules matched by slug (removed ones retired with their progress kept), and the question bank.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Course course, CourseDocument document, String by, Long byPerson,
            CourseVersionWritten.Source source, Integer restoredFrom) {
        CourseDefinition def = document.toDefinition(course.slug);
        String keepSource = course.source;
        fill(course, def, keepSource);
        course.status = CourseStatus.PUBLISHED.key();
        syncModules(course, def.modules());
        quizLoaded.fire(new QuizContentLoaded(course.id, def.quizGift(), def.manifest().language(), def.quizTranslations(), by));
        versionWritten.fire(new CourseVersionWritten(course.id, document, byPerson, source, restoredFrom));
    }

    private void fill(Course course, CourseDefinition def, String source) {
        CourseManifest m = def.manifest();
        course.slug = def.slug();
        describe(course, m);
        course.quizSettings = m.quiz() == null ? null
                : new Course.QuizSettings(m.quiz().passPercent(), m.quiz().attempts(), m.quiz().timeLimitMinutes(),
                        m.quiz().shuffle());
        course.quizGift = def.quizGift();
        course.quizTranslations = new LinkedHashMap<>(def.quizTranslations());
        course.status = m.status() == null ? CourseStatus.PUBLISHED.key() : m.status();
        course.source = source;
        course.sourceHash = def.hash();
        course.archivedAt = null;
        course.searchText = searchText(def);
    }

    /** The catalogue fields of a course row from its course.yaml: titles, summaries, dimension, audience, minutes. */
    public static void describe(Course course, CourseManifest m) {
        course.title = m.title();
        course.summary = m.summary();
        course.dimension = m.dimension();
        course.audience = m.audience();
        course.minutes = m.minutes();
        course.competencies = m.competencies() == null ? new ArrayList<>() : new ArrayList<>(m.competencies());
        course.updatedAt = Instant.now();
    }

    private void syncModules(Course course, List<CourseDefinition.ModuleDefinition> modules) {
        Map<String, CourseModule> bySlug = new HashMap<>();
        if (course.id != null) {
            CourseModule.<CourseModule>list("course", course).forEach(mod -> bySlug.put(mod.slug, mod));
        }
        for (CourseDefinition.ModuleDefinition def : modules) {
            CourseModule mod = bySlug.remove(def.slug());
            if (mod == null) {
                mod = new CourseModule();
                mod.course = course;
                mod.slug = def.slug();
            }
            mod.position = def.position();
            mod.minutes = def.minutes();
            mod.title = def.titles();
            mod.bodyMarkdown = def.markdown();
            mod.bodyHtml = def.html();
            mod.retired = false;
            mod.persist();
        }
        // Modules whose files disappeared keep their rows (and learners' progress), out of sight.
        bySlug.values().forEach(mod -> mod.retired = true);
    }

    /** A file-managed course as a reload needs to know it before reading its folder. */
    public record FileCourse(String sourceHash, boolean archived, boolean detached) {
    }

    /** The columns {@link #fileCourses} reads (a projection: nothing hydrated or dirty-checked). */
    public record FileCourseRow(String slug, String sourceHash, String status, boolean detached) {
    }

    /** Every file-managed course by slug, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, FileCourse> fileCourses() {
        Map<String, FileCourse> out = new HashMap<>();
        Course.find("source", SOURCE_FILE).project(FileCourseRow.class).list().forEach(r -> out.put(r.slug(),
                new FileCourse(r.sourceHash(), CourseStatus.ARCHIVED.key().equals(r.status()), r.detached())));
        return out;
    }

    /** Archives file-managed courses whose folders are gone. Never deletes: progress and history stay. */
    @Transactional
    public List<String> archiveMissing(Collection<String> present) {
        List<Course> gone = Course.<Course>list("source = ?1 and status <> ?2 and detached = false", SOURCE_FILE,
                        CourseStatus.ARCHIVED.key())
                .stream().filter(c -> !present.contains(c.slug)).toList();
        Instant now = Instant.now();
        for (Course c : gone) {
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            c.status = CourseStatus.ARCHIVED.key();
            c.archivedAt = now;
            c.updatedAt = now;
        }
        return gone.stream().map(c -> c.slug).sorted().toList();
    }

    private static String searchText(CourseDefinition def) {
        return Stream.of(def.manifest().title().values().stream(), def.manifest().summary().values().stream(),
                def.modules().stream().flatMap(m -> m.titles().values().stream()))
                .flatMap(s -> s)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }
}
