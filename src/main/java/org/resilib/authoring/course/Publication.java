package org.resilib.authoring.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.resilib.audit.AuditLog;
import org.resilib.authoring.AuthoringViews;
import org.resilib.authoring.CourseDraft;
import org.resilib.authoring.CourseVersion;
import org.resilib.authoring.DraftRules;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.content.CourseSync;
import org.resilib.content.CourseVersionWritten;
import org.resilib.course.Course;
import org.resilib.identity.Viewer;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;

/**
 * Publication and version history: publishing applies the draft to the live course in the same transaction that
 * records the version; every write of a course's live rows, from any source, becomes its next version.
 */
@ApplicationScoped
public class Publication {

    private final EntityManager em;
    private final Drafts drafts;
    private final CourseSync sync;
    private final PeopleDirectory people;
    private final AuditLog audit;

    Publication(EntityManager em, Drafts drafts, CourseSync sync, PeopleDirectory people, AuditLog audit) {
        this.em = em;
        this.drafts = drafts;
        this.sync = sync;
        this.people = people;
        this.audit = audit;
    }

    /** Makes the draft the live course and returns the new version's number. */
    @Transactional
    public int publish(String slug, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        Drafts.check(DraftRules.publishable(doc), 409, "author_not_publishable");
        sync.publish(course, doc, viewer.getEmail(), viewer.getId(), CourseVersionWritten.Source.BROWSER, null);
        drafts.save(course, doc, viewer);
        int number = latestNumber(course.id);
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_PUBLISHED, slug, Map.of("version", number));
        return number;
    }

    /** Publishes an earlier version again, as a new version; the draft becomes that version too. */
    @Transactional
    public int restore(String slug, int number, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseVersion version = CourseVersion.<CourseVersion>find("courseId = ?1 and number = ?2", course.id, number)
                .firstResultOptional().orElseThrow(() -> DomainException.notFound("version"));
        Drafts.check(DraftRules.publishable(version.document), 409, "author_not_publishable");
        sync.publish(course, version.document, viewer.getEmail(), viewer.getId(), CourseVersionWritten.Source.RESTORE,
                number);
        drafts.save(course, version.document, viewer);
        int created = latestNumber(course.id);
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_PUBLISHED, slug,
                Map.of("version", created, "restoredFrom", number));
        return created;
    }

    /** The latest 50 versions, newest first, with who published them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthoringViews.Version> versions(String slug, Viewer viewer) {
        return versions(drafts.editable(slug, viewer, false).id);
    }

    List<AuthoringViews.Version> versions(long courseId) {
        List<Object[]> rows = em.createQuery("select v.number, v.publishedAt, v.source, v.restoredFrom, v.publishedBy"
                + " from CourseVersion v where v.courseId = :c order by v.number desc", Object[].class)
                .setParameter("c", courseId).setMaxResults(50).getResultList();
        var names = people.byIds(rows.stream().map(r -> (Long) r[4]).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(r -> new AuthoringViews.Version((Integer) r[0], (Instant) r[1], (String) r[2], (Integer) r[3],
                        r[4] == null || !names.containsKey((Long) r[4]) ? null : names.get((Long) r[4]).name()))
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
}
