package org.resilib.authoring.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.authoring.AssetService;
import org.resilib.authoring.AuthoringViews;
import org.resilib.authoring.CourseDraft;
import org.resilib.authoring.CourseVersion;
import org.resilib.authoring.DraftRules;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.content.CourseManifest;
import org.resilib.content.CourseSync;
import org.resilib.content.folder.CourseImport;
import org.resilib.course.Course;
import org.resilib.course.CourseSlug;
import org.resilib.course.CourseStatus;
import org.resilib.course.CourseSummaries;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/**
 * A course's draft as a whole: the list of courses an author may edit, the course editor, creating a course,
 * changing its course.yaml fields, replacing the draft from a zip, and detaching a file-managed course.
 */
@ApplicationScoped
public class CourseDrafts {

    static final int LISTED = 500;

    private final EntityManager em;
    private final Drafts drafts;
    private final Publication publication;
    private final CoAuthors coAuthors;
    private final CourseSummaries courses;
    private final CourseImport importer;
    private final AuditLog audit;

    CourseDrafts(EntityManager em, Drafts drafts, Publication publication, CoAuthors coAuthors,
            CourseSummaries courses, CourseImport importer, AuditLog audit) {
        this.em = em;
        this.drafts = drafts;
        this.publication = publication;
        this.coAuthors = coAuthors;
        this.courses = courses;
        this.importer = importer;
        this.audit = audit;
    }

    /** The courses the viewer may edit (all of them for admins), newest change (of the draft or course) first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthoringViews.Listed> myCourses(Viewer viewer, Locale locale) {
        List<CourseSummaries.Summary> listed;
        if (viewer.isAdmin()) {
            listed = courses.all(locale, Integer.MAX_VALUE);
        } else {
            List<Long> ids = em.createQuery("select a.courseId from CourseAuthor a where a.personId = :p", Long.class)
                    .setParameter("p", viewer.getId()).getResultList();
            listed = courses.byIds(ids, locale);
        }
        Map<Long, Instant> drafted = new HashMap<>();
        if (!listed.isEmpty()) {
            em.createQuery("select d.courseId, d.updatedAt from CourseDraft d where d.courseId in :ids", Object[].class)
                    .setParameter("ids", listed.stream().map(CourseSummaries.Summary::id).toList()).getResultList()
                    .forEach(r -> drafted.put((Long) r[0], (Instant) r[1]));
        }
        return listed.stream()
                .map(c -> new AuthoringViews.Listed(c.slug(), c.title(), c.status(), c.fileManaged(),
                        drafted.getOrDefault(c.id(), c.updatedAt())))
                .sorted(Comparator.comparing(AuthoringViews.Listed::changedAt,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(LISTED).toList();
    }

    /** The course editor: the draft, whether it differs from the live course, history, authors and files. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthoringViews.Editor editor(String slug, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, false);
        CourseDraft draft = CourseDraft.findById(course.id);
        CourseDocument document = draft != null ? draft.document : drafts.draftOf(course);
        List<AuthoringViews.Version> versions = publication.versions(course.id);
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
        return new AuthoringViews.Editor(course.slug, document, course.isPublished(), course.isFileManaged(),
                "file".equals(course.source) && course.detached, changed, versions, coAuthors.authors(course.id),
                Drafts.owns(course, viewer), AssetService.list(em, course),
                Drafts.gift(document.quizGift()).questions().size());
    }

    /** A new course from the editor's form: every field at fault is reported at once (400 with details). */
    @Transactional
    public String create(CourseForm form, Viewer viewer) {
        CourseManifest manifest = form.toManifest();
        List<DraftRules.Violation> v = drafts.formViolations(form);
        if (!CourseSlug.isValid(form.slug())) {
            v.add(new DraftRules.Violation("slug", "author_slug_invalid"));
        }
        v.addAll(DraftRules.course(manifest));
        Drafts.check(v, 400, "author_invalid");
        return create(form.slug(), manifest, viewer);
    }

    @Transactional
    public String create(String slug, CourseManifest manifest, Viewer viewer) {
        String s = slug == null ? "" : slug.strip();
        if (!CourseSlug.isValid(s)) {
            throw DomainException.badRequest("slug", "author_slug_invalid");
        }
        Drafts.check(DraftRules.course(manifest), 400, "author_invalid");
        em.createNativeQuery("select pg_advisory_xact_lock(7, ?1)").setParameter(1, s.hashCode()).getSingleResult();
        if (Course.findBySlug(s).isPresent()) {
            throw DomainException.conflict("slug", "author_slug_taken");
        }
        Course course = new Course();
        course.slug = s;
        CourseSync.describe(course, manifest);
        course.status = CourseStatus.DRAFT.key();
        course.source = "browser";
        course.persist();
        drafts.save(course, new CourseDocument(manifest, List.of(), null).withCourse(manifest), viewer);
        Drafts.addOwner(course, viewer.requireId());
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_CREATED, s, Map.of());
        return s;
    }

    /** The editor's form saved to the draft: every field at fault is reported at once (400 with details). */
    @Transactional
    public void updateCourse(String slug, CourseForm form, Viewer viewer) {
        CourseManifest manifest = form.toManifest();
        List<DraftRules.Violation> v = new ArrayList<>(drafts.formViolations(form));
        v.addAll(DraftRules.course(manifest));
        Drafts.check(v, 400, "author_invalid");
        updateCourse(slug, manifest, viewer);
    }

    @Transactional
    public void updateCourse(String slug, CourseManifest manifest, Viewer viewer) {
        Drafts.check(DraftRules.course(manifest), 400, "author_invalid");
        Course course = drafts.editable(slug, viewer, true);
        if (!course.isPublished()) {
            // Until its first publication the row describes the draft, so that lists show the right title.
            CourseSync.describe(course, manifest);
        }
        drafts.save(course, drafts.draftOf(course).withCourse(manifest), viewer);
    }

    /** Replaces the draft with a course read from a zip in the content/ layout; the live course is untouched. */
    @Transactional
    public void importDraft(String slug, InputStream zip, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = CourseDocument.of(importer.readCourse(zip, slug));
        drafts.save(course, doc, viewer);
    }

    /** A zip in the content/ layout becomes a new course, owned by the viewer. */
    @Transactional
    public String importCourse(InputStream zip, String slug, Viewer viewer) {
        String created = importer.importZip(zip, slug, viewer.getEmail(), viewer.getId());
        Course course = Course.findBySlug(created).orElseThrow();
        Drafts.addOwner(course, viewer.requireId());
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_CREATED, created, Map.of("import", true));
        return created;
    }

    /** A detached file-managed course is left alone by content reloads; attaching lets the next reload restore it. */
    @Transactional
    public void setDetached(String slug, boolean detached, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        if (!"file".equals(course.source)) {
            throw DomainException.badRequest("course", "author_not_file_managed");
        }
        course.detached = detached;
        if (!detached) {
            course.sourceHash = null;
        }
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_DETACHED, slug, Map.of("detached", detached));
    }
}
