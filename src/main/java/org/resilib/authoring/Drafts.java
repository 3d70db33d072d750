package org.resilib.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.content.CourseDocument;
import org.resilib.course.Course;
import org.resilib.course.CourseModule;
import org.resilib.gift.GiftParseResult;
import org.resilib.gift.GiftParser;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/**
 * What every editor shares: who may edit a course, its draft (the live course until a draft exists), and saving a
 * draft. A change to a draft first takes the course row's lock ({@code editable(slug, viewer, true)}), so that
 * co-authors editing at once never lose each other's changes. Callers bring the transaction.
 */
@ApplicationScoped
public class Drafts {

    private final Validator validator;

    Drafts(Validator validator) {
        this.validator = validator;
    }

    /** A form record's Bean Validation failures as draft violations, so that a service reports them with its own. */
    public List<DraftRules.Violation> formViolations(Object form) {
        List<DraftRules.Violation> out = new ArrayList<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> out.add(new DraftRules.Violation(formField(form.getClass(),
                        v.getPropertyPath().toString()), v.getMessage())));
        return out;
    }

    /** The name the form posts a property under ({@code @RestForm("quiz.passPercent")}), else the property's. */
    private static String formField(Class<?> form, String property) {
        try {
            RestForm name = form.getDeclaredField(property).getAnnotation(RestForm.class);
            return name == null || name.value().isEmpty() ? property : name.value();
        } catch (NoSuchFieldException e) {
            return property;
        }
    }

    /** The course to edit: 404 when there is none, 403 unless the viewer is an admin or one of its authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Course editable(String slug, Viewer viewer, boolean lock) {
        Course course = (lock
                ? Course.<Course>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                : Course.<Course>findBySlug(slug)).orElseThrow(() -> DomainException.notFound("course"));
        if (!viewer.isAdmin() && author(course.id, viewer.getId()) == null) {
            throw DomainException.forbidden("author_not_author");
        }
        return course;
    }

    /** 404 when there is no such course, 403 unless the viewer may edit it: for pages and APIs that only check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireEditable(String slug, Viewer viewer) {
        editable(slug, viewer, false);
    }

    /** The viewer's draft of the course: the document to show in every editor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseDocument draft(String slug, Viewer viewer) {
        return draftOf(editable(slug, viewer, false));
    }

    public CourseDocument draftOf(Course course) {
        CourseDraft draft = CourseDraft.findById(course.id);
        if (draft != null) {
            return draft.document;
        }
        return CourseDocument.of(course,
                CourseModule.list("course = ?1 and retired = false order by position", course));
    }

    public void save(Course course, CourseDocument document, Viewer viewer) {
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

    public static CourseAuthor author(long courseId, Long personId) {
        if (personId == null) {
            return null;
        }
        CourseAuthor.Key key = new CourseAuthor.Key();
        key.courseId = courseId;
        key.personId = personId;
        return CourseAuthor.findById(key);
    }

    /** Whether the viewer may change the course's authors: an admin or its owner. */
    public static boolean owns(Course course, Viewer viewer) {
        CourseAuthor a = author(course.id, viewer.getId());
        return viewer.isAdmin() || a != null && a.owner;
    }

    public static void addOwner(Course course, long personId) {
        CourseAuthor owner = new CourseAuthor();
        owner.courseId = course.id;
        owner.personId = personId;
        owner.owner = true;
        owner.addedBy = personId;
        owner.persist();
    }

    /** The draft's question bank (quiz.gift) parsed; no text is an empty bank. */
    public static GiftParseResult gift(String text) {
        return GiftParser.parse(text == null ? "" : text);
    }

    /**
     * Refuses with every violation as a field error ({@code details}), the first one's field as the field at fault:
     * enough for a form to show each error beside its field and for an API client to read them all.
     */
    public static void check(List<DraftRules.Violation> violations, int status, String key) {
        if (violations.isEmpty()) {
            return;
        }
        List<Problem.FieldError> details = violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.key(), null)).toList();
        throw new DomainException(status, violations.get(0).field(), key, details);
    }
}
