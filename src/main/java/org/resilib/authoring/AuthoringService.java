package org.resilib.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.content.CourseDocument;
import org.resilib.content.CourseImport;
import org.resilib.content.CourseManifest;
import org.resilib.content.CourseSync;
import org.resilib.content.CourseVersionWritten;
import org.resilib.course.Course;
import org.resilib.course.CourseModule;
import org.resilib.course.CourseSlug;
import org.resilib.course.CourseStatus;
import org.resilib.gift.GiftParseResult;
import org.resilib.gift.GiftParser;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.GiftWriter;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.people.Person;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/**
 * Browser authoring: drafts, publication, version history and co-authors. Every change to a draft takes the course
 * row's lock, so that co-authors editing at once never lose each other's changes, and publishing applies the
 * draft to the live course in the same transaction that records the version.
 */
@ApplicationScoped
public class AuthoringService {

    private final EntityManager em;
    private final CourseSync sync;
    private final CourseImport importer;
    private final AuditLog audit;

    AuthoringService(EntityManager em, CourseSync sync, CourseImport importer, AuditLog audit) {
        this.em = em;
        this.sync = sync;
        this.importer = importer;
        this.audit = audit;
    }

    // ---- who may edit

    /** The course to edit: 404 when there is none, 403 unless the viewer is an admin or one of its authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Course editable(String slug, Viewer viewer, boolean lock) {
        Course course = (lock
                ? Course.<Course>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                : Course.<Course>findBySlug(slug)).orElseThrow(() -> DomainException.notFound("course"));
        if (!viewer.isAdmin() && author(course.id, viewer.getId()) == null) {
            throw DomainException.forbidden("author_not_author");
        }
        return course;
    }

    private static CourseAuthor author(long courseId, Long personId) {
        if (personId == null) {
            return null;
        }
        CourseAuthor.Key key = new CourseAuthor.Key();
        key.courseId = courseId;
        key.personId = personId;
        return CourseAuthor.findById(key);
    }

    private static boolean owns(Course course, Viewer viewer) {
        CourseAuthor a = author(course.id, viewer.getId());
        return viewer.isAdmin() || a != null && a.owner;
    }

    // ---- reading

    /** The courses the viewer may edit (all of them for admins), newest change first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthoringViews.Listed> myCourses(Viewer viewer, Locale locale) {
        String where = viewer.isAdmin() ? "" : " where exists (select 1 from CourseAuthor a where a.courseId = c.id"
                + " and a.personId = :p)";
        var query = em.createQuery("select c, d.updatedAt from Course c left join CourseDraft d on d.courseId = c.id"
                + where + " order by coalesce(d.updatedAt, c.updatedAt) desc", Object[].class);
        if (!viewer.isAdmin()) {
            query.setParameter("p", viewer.getId());
        }
        return query.setMaxResults(500).getResultList().stream().map(row -> {
            Course c = (Course) row[0];
            return new AuthoringViews.Listed(c.slug, c.title(locale), c.status, c.isFileManaged(),
                    row[1] == null ? c.updatedAt : (Instant) row[1]);
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseDocument draft(String slug, Viewer viewer) {
        return draftOf(editable(slug, viewer, false));
    }

    CourseDocument draftOf(Course course) {
        CourseDraft draft = CourseDraft.findById(course.id);
        if (draft != null) {
            return draft.document;
        }
        return CourseDocument.of(course,
                CourseModule.list("course = ?1 and retired = false order by position", course));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthoringViews.Editor editor(String slug, Viewer viewer) {
        Course course = editable(slug, viewer, false);
        CourseDraft draft = CourseDraft.findById(course.id);
        CourseDocument document = draft != null ? draft.document : draftOf(course);
        List<AuthoringViews.Version> versions = versions(course.id);
        boolean changed;
        if (draft == null) {
            changed = false;
        } else if (versions.isEmpty() || !course.isPublished()) {
            changed = true;
        } else {
            CourseVersion latest = CourseVersion.find("courseId = ?1 and number = ?2", course.id,
                    versions.get(0).number()).firstResult();
            changed = latest == null || !document.equals(latest.document);
        }
        List<AuthoringViews.Author> authors = em.createQuery("select p.id, p.displayName, p.email, a.owner from"
                + " CourseAuthor a join Person p on p.id = a.personId where a.courseId = :c order by a.owner desc,"
                + " a.addedAt", Object[].class).setParameter("c", course.id).getResultList().stream()
                .map(r -> new AuthoringViews.Author((Long) r[0], (String) r[1], (String) r[2], (Boolean) r[3]))
                .toList();
        List<AuthoringViews.Asset> assets = AssetService.list(em, course);
        return new AuthoringViews.Editor(course.slug, document, course.isPublished(), course.isFileManaged(),
                "file".equals(course.source) && course.detached, changed, versions, authors, owns(course, viewer),
                assets, gift(document.quizGift()).questions().size());
    }

    // ---- creating and editing the draft

    @Transactional
    public String create(String slug, CourseManifest manifest, Viewer viewer) {
        String s = slug == null ? "" : slug.strip();
        if (!CourseSlug.isValid(s)) {
            throw DomainException.badRequest("slug", "content_error_invalid_slug");
        }
        check(DraftRules.course(manifest), 400, "author_invalid");
        em.createNativeQuery("select pg_advisory_xact_lock(7, ?1)").setParameter(1, s.hashCode()).getSingleResult();
        if (Course.findBySlug(s).isPresent()) {
            throw DomainException.conflict("slug", "course_slug_taken");
        }
        Course course = new Course();
        course.slug = s;
        CourseSync.describe(course, manifest);
        course.status = CourseStatus.DRAFT.key();
        course.source = "browser";
        course.persist();
        saveDraft(course, new CourseDocument(manifest, List.of(), null).withCourse(manifest), viewer);
        addOwner(course, viewer.requireId());
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_CREATED, s, Map.of());
        return s;
    }

    @Transactional
    public void updateCourse(String slug, CourseManifest manifest, Viewer viewer) {
        check(DraftRules.course(manifest), 400, "author_invalid");
        Course course = editable(slug, viewer, true);
        if (!course.isPublished()) {
            // Until its first publication the row describes the draft, so that lists show the right title.
            CourseSync.describe(course, manifest);
        }
        saveDraft(course, draftOf(course).withCourse(manifest), viewer);
    }

    @Transactional
    public void addModule(String slug, CourseDocument.Module module, Viewer viewer) {
        check(DraftRules.module(module), 400, "author_invalid");
        Course course = editable(slug, viewer, true);
        CourseDocument doc = draftOf(course);
        if (doc.indexOf(module.slug()) >= 0) {
            throw DomainException.conflict("slug", "author_module_slug_taken");
        }
        if (doc.modules().size() >= DraftRules.MAX_MODULES) {
            throw DomainException.badRequest("modules", "author_too_many_modules");
        }
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.add(module);
        saveDraft(course, doc.withModules(modules), viewer);
    }

    @Transactional
    public void updateModule(String slug, String moduleSlug, CourseDocument.Module module, Viewer viewer) {
        CourseDocument.Module kept = new CourseDocument.Module(moduleSlug, module.minutes(), module.title(),
                module.body());
        check(DraftRules.module(kept), 400, "author_invalid");
        Course course = editable(slug, viewer, true);
        CourseDocument doc = draftOf(course);
        int index = requireModule(doc, moduleSlug);
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.set(index, kept);
        saveDraft(course, doc.withModules(modules), viewer);
    }

    @Transactional
    public void removeModule(String slug, String moduleSlug, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        CourseDocument doc = draftOf(course);
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.remove(requireModule(doc, moduleSlug));
        saveDraft(course, doc.withModules(modules), viewer);
    }

    /** Moves a module by {@code delta} places, clamped to the ends. */
    @Transactional
    public void moveModule(String slug, String moduleSlug, int delta, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        CourseDocument doc = draftOf(course);
        int from = requireModule(doc, moduleSlug);
        int to = Math.max(0, Math.min(doc.modules().size() - 1, from + delta));
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.add(to, modules.remove(from));
        saveDraft(course, doc.withModules(modules), viewer);
    }

    private static int requireModule(CourseDocument doc, String moduleSlug) {
        int index = doc.indexOf(moduleSlug);
        if (index < 0) {
            throw DomainException.notFound("module");
        }
        return index;
    }

    // ---- the draft's question bank (quiz.gift)

    static GiftParseResult gift(String text) {
        return GiftParser.parse(text == null ? "" : text);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GiftQuestion> questions(String slug, Viewer viewer) {
        return gift(draft(slug, viewer).quizGift()).questions();
    }

    /** Saves a question at {@code index} (0-based) or, when null, adds it at the end; returns its index. */
    @Transactional
    public int saveQuestion(String slug, Integer index, GiftQuestion question, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        CourseDocument doc = draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(gift(doc.quizGift()).questions());
        int at;
        if (index == null) {
            all.add(question);
            at = all.size() - 1;
        } else {
            if (index < 0 || index >= all.size()) {
                throw DomainException.notFound("question");
            }
            all.set(index, question);
            at = index;
        }
        saveDraft(course, doc.withQuiz(GiftWriter.write(all)), viewer);
        return at;
    }

    @Transactional
    public void deleteQuestion(String slug, int index, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        CourseDocument doc = draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(gift(doc.quizGift()).questions());
        if (index < 0 || index >= all.size()) {
            throw DomainException.notFound("question");
        }
        all.remove(index);
        saveDraft(course, doc.withQuiz(all.isEmpty() ? null : GiftWriter.write(all)), viewer);
    }

    /**
     * Adds the questions of a GIFT text to the draft's bank; a question with the title and category of one already
     * there replaces it. A text with any problem adds nothing and reports every problem with its line.
     */
    @Transactional
    public int importGift(String slug, String text, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        var parsed = gift(text);
        if (!parsed.problems().isEmpty() || parsed.questions().isEmpty()) {
            List<Problem.FieldError> details = parsed.problems().stream()
                    .map(p -> new Problem.FieldError("gift:" + p.line(), "author_gift_invalid", p.message())).toList();
            throw new DomainException(400, "gift", "author_gift_invalid", details.isEmpty() ? null : details);
        }
        CourseDocument doc = draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(gift(doc.quizGift()).questions());
        for (var q : parsed.questions()) {
            int same = -1;
            for (int i = 0; i < all.size() && !q.title().isBlank(); i++) {
                if (all.get(i).title().equals(q.title()) && all.get(i).category().equals(q.category())) {
                    same = i;
                }
            }
            if (same >= 0) {
                all.set(same, q);
            } else {
                all.add(q);
            }
        }
        saveDraft(course, doc.withQuiz(GiftWriter.write(all)), viewer);
        return parsed.questions().size();
    }

    /** Replaces the draft with a course read from a zip in the content/ layout; the live course is untouched. */
    @Transactional
    public void importDraft(String slug, InputStream zip, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        CourseDocument doc = CourseDocument.of(importer.readCourse(zip, slug));
        saveDraft(course, doc, viewer);
    }

    /** A zip in the content/ layout becomes a new course, owned by the viewer. */
    @Transactional
    public String importCourse(InputStream zip, String slug, Viewer viewer) {
        String created = importer.importZip(zip, slug, viewer.getEmail(), viewer.getId());
        Course course = Course.findBySlug(created).orElseThrow();
        addOwner(course, viewer.requireId());
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_CREATED, created, Map.of("import", true));
        return created;
    }

    private static void addOwner(Course course, long personId) {
        CourseAuthor owner = new CourseAuthor();
        owner.courseId = course.id;
        owner.personId = personId;
        owner.owner = true;
        owner.addedBy = personId;
        owner.persist();
    }

    private void saveDraft(Course course, CourseDocument document, Viewer viewer) {
        CourseDraft draft = CourseDraft.findById(course.id);
        if (draft == null) {
            draft = new CourseDraft();
            draft.courseId = course.id;
        }
        draft.document = document;
        draft.updatedBy = viewer.getId();
        draft.updatedAt = Instant.now();
        draft.persist();
    }

    // ---- publishing and history

    /** Makes the draft the live course and returns the new version's number. */
    @Transactional
    public int publish(String slug, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        CourseDocument doc = draftOf(course);
        check(DraftRules.publishable(doc), 409, "author_not_publishable");
        sync.publish(course, doc, viewer.getEmail(), viewer.getId(), CourseVersionWritten.Source.BROWSER, null);
        saveDraft(course, doc, viewer);
        int number = latestNumber(course.id);
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_PUBLISHED, slug, Map.of("version", number));
        return number;
    }

    /** Publishes an earlier version again, as a new version; the draft becomes that version too. */
    @Transactional
    public int restore(String slug, int number, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        CourseVersion version = CourseVersion.<CourseVersion>find("courseId = ?1 and number = ?2", course.id, number)
                .firstResultOptional().orElseThrow(() -> DomainException.notFound("version"));
        check(DraftRules.publishable(version.document), 409, "author_not_publishable");
        sync.publish(course, version.document, viewer.getEmail(), viewer.getId(), CourseVersionWritten.Source.RESTORE,
                number);
        saveDraft(course, version.document, viewer);
        int created = latestNumber(course.id);
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_PUBLISHED, slug,
                Map.of("version", created, "restoredFrom", number));
        return created;
    }

    /** The latest 50 versions, newest first, with who published them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthoringViews.Version> versions(String slug, Viewer viewer) {
        return versions(editable(slug, viewer, false).id);
    }

    private List<AuthoringViews.Version> versions(long courseId) {
        return em.createQuery("select v.number, v.publishedAt, v.source, v.restoredFrom, p.displayName from"
                + " CourseVersion v left join Person p on p.id = v.publishedBy where v.courseId = :c"
                + " order by v.number desc", Object[].class).setParameter("c", courseId).setMaxResults(50)
                .getResultList().stream()
                .map(r -> new AuthoringViews.Version((Integer) r[0], (Instant) r[1], (String) r[2], (Integer) r[3],
                        (String) r[4]))
                .toList();
    }

    private int latestNumber(long courseId) {
        Integer n = em.createQuery("select max(v.number) from CourseVersion v where v.courseId = :c", Integer.class)
                .setParameter("c", courseId).getSingleResult();
        return n == null ? 0 : n;
    }

    /** Records every write of a course's live rows as its next version; a content reload discards a stale draft. */
    void onVersionWritten(@Observes CourseVersionWritten event) {
        CourseVersion v = new CourseVersion();
        v.courseId = event.courseId();
        v.number = latestNumber(event.courseId()) + 1;
        v.document = event.document();
        v.publishedBy = event.byPerson();
        v.source = event.source().key();
        v.restoredFrom = event.restoredFrom();
        v.persist();
        if (event.source() == CourseVersionWritten.Source.FILE) {
            CourseDraft.deleteById(event.courseId());
        }
    }

    // ---- co-authors and file management

    @Transactional
    public void addAuthor(String slug, String email, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        if (!owns(course, viewer)) {
            throw DomainException.forbidden("author_not_owner");
        }
        Person person = Person.findByEmail(email == null ? "" : email.strip())
                .filter(p -> p.active)
                .orElseThrow(() -> DomainException.badRequest("email", "author_person_unknown"));
        if (!person.roles.contains(Role.INSTRUCTOR) && !person.roles.contains(Role.ADMIN)) {
            throw DomainException.badRequest("email", "author_person_not_instructor");
        }
        if (author(course.id, person.id) != null) {
            return;
        }
        CourseAuthor a = new CourseAuthor();
        a.courseId = course.id;
        a.personId = person.id;
        a.owner = CourseAuthor.count("courseId", course.id) == 0;
        a.addedBy = viewer.getId();
        a.persist();
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_AUTHORS_CHANGED, slug,
                Map.of("added", person.id, "owner", a.owner));
    }

    @Transactional
    public void removeAuthor(String slug, long personId, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        if (!owns(course, viewer)) {
            throw DomainException.forbidden("author_not_owner");
        }
        CourseAuthor a = author(course.id, personId);
        if (a == null) {
            throw DomainException.notFound("person");
        }
        if (a.owner) {
            throw DomainException.badRequest("person", "author_owner_stays");
        }
        a.delete();
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_AUTHORS_CHANGED, slug, Map.of("removed", personId));
    }

    /** A detached file-managed course is left alone by content reloads; attaching lets the next reload restore it. */
    @Transactional
    public void setDetached(String slug, boolean detached, Viewer viewer) {
        Course course = editable(slug, viewer, true);
        if (!"file".equals(course.source)) {
            throw DomainException.badRequest("course", "author_not_file_managed");
        }
        course.detached = detached;
        if (!detached) {
            course.sourceHash = null;
        }
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_DETACHED, slug, Map.of("detached", detached));
    }

    static void check(List<DraftRules.Violation> violations, int status, String key) {
        if (violations.isEmpty()) {
            return;
        }
        List<Problem.FieldError> details = violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.key(), null)).toList();
        throw new DomainException(status, violations.get(0).field(), key, details);
    }
}
