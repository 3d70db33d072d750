package org.resilib.survey;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.resilib.course.LearnerStates;
import org.resilib.course.PublishedCourses;
import org.resilib.web.DomainException;

/**
 * Which subject a response to a survey is about, and whether this person may give it: a survey that follows one
 * course is about that course; one that follows every course is about the course the person names. Either way the
 * course must be published and the person must have taken it (enrolled, or done a module): feedback is offered once
 * they complete it, but one who stopped half-way may still say why. Other surveys are about nothing. From memory
 * (the course outline and the learner's progress): no statement.
 */
@ApplicationScoped
class FollowUpRule {

    private final PublishedCourses courses;
    private final LearnerStates learners;

    FollowUpRule(PublishedCourses courses, LearnerStates learners) {
        this.courses = courses;
        this.learners = learners;
    }

    /**
     * The subject of a response to this survey by this person, for the course named (may be null); null when a
     * survey that follows every course was given no course (a definition can still be read without one).
     */
    Subject subject(Survey s, Respondent who, String course) {
        String slug = s.courseSlug;
        if (slug != null && course != null && !course.isBlank() && !course.equals(slug)) {
            throw DomainException.badRequest("course", "survey_course_unknown");
        }
        if (slug == null && s.forAllCourses) {
            if (course == null || course.isBlank()) {
                return null;
            }
            slug = course;
        }
        if (slug == null) {
            return Subject.NONE;
        }
        PublishedCourses.Outline o = courses.current().bySlug(slug);
        if (o == null) {
            throw DomainException.badRequest("course", "survey_course_unknown");
        }
        if (who.signedIn() && !taken(who.personId(), o)) {
            throw DomainException.forbidden("survey_course_not_taken");
        }
        return Subject.course(slug);
    }

    /** The course's title in this language; null for no subject (or a course no longer published). */
    String title(Subject subject, Locale locale) {
        if (!subject.isCourse()) {
            return null;
        }
        PublishedCourses.Outline o = courses.current().bySlug(subject.ref());
        return o == null ? null : o.title(locale);
    }

    /** Whether the person is enrolled in the course or has done one of its modules. */
    boolean taken(long personId, PublishedCourses.Outline course) {
        LearnerStates.State state = learners.of(personId);
        return state.enrolled().contains(course.id()) || state.doneOf(course.modules()) > 0;
    }
}
