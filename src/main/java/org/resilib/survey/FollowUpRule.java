package org.resilib.survey;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.resilib.course.LearnerStates;
import org.resilib.course.PublishedCourses;
import org.resilib.livesession.Attendance;
import org.resilib.web.DomainException;

/**
 * Which subject a response to a survey is about, and whether this person may give it. A survey that follows one
 * course is about that course; one that follows every course is about the course the person names. Either way the
 * course must be published and the person must have taken it (enrolled, or done a module): feedback is offered once
 * they complete it, but one who stopped half-way may still say why (from memory: the course outline and the
 * learner's progress). A survey that follows sessions is about the session the person names, which they attended
 * (one statement). Other surveys are about nothing.
 */
@ApplicationScoped
class FollowUpRule {

    private final PublishedCourses courses;
    private final LearnerStates learners;
    private final Attendance attendance;

    FollowUpRule(PublishedCourses courses, LearnerStates learners, Attendance attendance) {
        this.courses = courses;
        this.learners = learners;
        this.attendance = attendance;
    }

    /** What a survey's responses are about: {@code course}, {@code session}, or '' for nothing. */
    static String kind(Survey s) {
        return s.courseSlug != null || s.forAllCourses ? Subject.COURSE : s.forSessions ? Subject.SESSION : "";
    }

    /**
     * The subject of a response to this survey by this person, for the subject the request named (may be null);
     * null when a survey that follows every course, or sessions, was named none (its definition can still be read).
     */
    Subject subject(Survey s, Respondent who, Subject requested) {
        String kind = kind(s);
        if (kind.isEmpty()) {
            return Subject.NONE;
        }
        if (requested != null && !requested.kind().equals(kind)) {
            throw DomainException.badRequest(kind, "survey_" + kind + "_unknown");
        }
        if (s.courseSlug != null) {
            if (requested != null && !requested.ref().equals(s.courseSlug)) {
                throw DomainException.badRequest(kind, "survey_course_unknown");
            }
            requested = Subject.course(s.courseSlug);
        }
        if (requested == null) {
            return null;
        }
        if (requested.isCourse()) {
            PublishedCourses.Outline o = courses.current().bySlug(requested.ref());
            if (o == null) {
                throw DomainException.badRequest(kind, "survey_course_unknown");
            }
            if (who.signedIn() && !taken(who.personId(), o)) {
                throw DomainException.forbidden("survey_course_not_taken");
            }
        } else if (who.signedIn() && !attendance.attended(who.personId(), Long.parseLong(requested.ref()))) {
            throw DomainException.forbidden("survey_session_not_attended");
        }
        return requested;
    }

    /** The title of the course or session in this language; null for no subject (or one no longer there). */
    String title(Subject subject, Locale locale) {
        if (subject.isCourse()) {
            PublishedCourses.Outline o = courses.current().bySlug(subject.ref());
            return o == null ? null : o.title(locale);
        }
        return subject.isSession() ? attendance.titles(List.of(Long.parseLong(subject.ref())), locale)
                .get(Long.parseLong(subject.ref())) : null;
    }

    /** Whether the person is enrolled in the course or has done one of its modules. */
    boolean taken(long personId, PublishedCourses.Outline course) {
        LearnerStates.State state = learners.of(personId);
        return state.enrolled().contains(course.id()) || state.doneOf(course.modules()) > 0;
    }
}
