package org.resilib.authoring.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.authoring.AuthoringViews;
import org.resilib.authoring.CourseAuthor;
import org.resilib.authoring.Drafts;
import org.resilib.course.Course;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;

/** A course's authors: its owner and the instructors the owner (or an admin) adds as co-authors. */
@ApplicationScoped
public class CoAuthors {

    private final Drafts drafts;
    private final PeopleDirectory people;
    private final AuditLog audit;

    CoAuthors(Drafts drafts, PeopleDirectory people, AuditLog audit) {
        this.drafts = drafts;
        this.people = people;
        this.audit = audit;
    }

    /** The authors, the owner first, then in the order they were added. */
    List<AuthoringViews.Author> authors(long courseId) {
        List<CourseAuthor> rows = CourseAuthor.<CourseAuthor>find("courseId = ?1 order by owner desc, addedAt",
                courseId).list();
        var contacts = people.byIds(rows.stream().map(a -> a.personId).toList());
        return rows.stream().filter(a -> contacts.containsKey(a.personId))
                .map(a -> new AuthoringViews.Author(a.personId, contacts.get(a.personId).name(),
                        contacts.get(a.personId).email(), a.owner))
                .toList();
    }

    @Transactional
    public void addAuthor(String slug, String email, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        if (!Drafts.owns(course, viewer)) {
            throw DomainException.forbidden("author_not_owner");
        }
        PeopleDirectory.Contact person = people.byEmail(email == null ? "" : email.strip())
                .filter(PeopleDirectory.Contact::active)
                .orElseThrow(() -> DomainException.badRequest("email", "author_person_unknown"));
        if (!person.roles().contains(Role.INSTRUCTOR) && !person.roles().contains(Role.ADMIN)) {
            throw DomainException.badRequest("email", "author_person_not_instructor");
        }
        if (Drafts.author(course.id, person.id()) != null) {
            return;
        }
        CourseAuthor a = new CourseAuthor();
        a.courseId = course.id;
        a.personId = person.id();
        a.owner = CourseAuthor.count("courseId", course.id) == 0;
        a.addedBy = viewer.getId();
        a.persist();
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_AUTHORS_CHANGED, slug,
                Map.of("added", person.id(), "owner", a.owner));
    }

    @Transactional
    public void removeAuthor(String slug, long personId, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        if (!Drafts.owns(course, viewer)) {
            throw DomainException.forbidden("author_not_owner");
        }
        CourseAuthor a = Drafts.author(course.id, personId);
        if (a == null) {
            throw DomainException.notFound("person");
        }
        if (a.owner) {
            throw DomainException.badRequest("person", "author_owner_stays");
        }
        a.delete();
        audit.record(viewer.getId(), null, AuditLog.Action.COURSE_AUTHORS_CHANGED, slug, Map.of("removed", personId));
    }
}
