package org.resilib.quiz.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.course.CourseSummaries;
import org.resilib.quiz.AttemptQuestion;
import org.resilib.quiz.AttemptViews;
import org.resilib.quiz.QuizAttempt;
import org.resilib.quiz.QuizService;
import org.resilib.quiz.QuizViews;
import org.resilib.quiz.grading.QuizScoring;
import org.resilib.web.DomainException;

/** An instructor's grading of a submitted attempt: points and comments for its slots (essays wait for them). */
@ApplicationScoped
public class GradingService {

    private final EntityManager em;
    private final AttemptViews views;
    private final AuditLog audit;
    private final CourseSummaries courses;

    GradingService(EntityManager em, AttemptViews views, AuditLog audit, CourseSummaries courses) {
        this.em = em;
        this.views = views;
        this.audit = audit;
        this.courses = courses;
    }

    /** What grading came to: graded (and where to go next), or refused with the attempt to show again. */
    public record Result(String courseSlug, QuizViews.Attempt refused, int status, String error) {
        public boolean ok() {
            return refused == null;
        }
    }

    /**
     * Records the points given (each within the slot's maximum, or nothing is recorded) and their comments; once no
     * slot waits, the attempt is graded.
     */
    @Transactional
    public Result grade(long attemptId, GradeForm form, QuizService.Actor grader, Locale locale) {
        if (!grader.instructor()) {
            throw DomainException.notFound("attempt");
        }
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw DomainException.notFound("attempt");
        }
        if (a.open()) {
            return new Result(null, views.view(a, locale), 409, "attempt_not_submitted");
        }
        List<AttemptQuestion> slots = AttemptQuestion.list("key.attemptId = ?1 order by key.slot", attemptId);
        for (AttemptQuestion aq : slots) {
            Double p = form.pointsFor(aq.questionVersionId);
            if (p != null && (p.isNaN() || p < 0 || p > aq.maxPoints.doubleValue())) {
                return new Result(null, views.view(a, locale), 400, "points_out_of_range");
            }
        }
        for (AttemptQuestion aq : slots) {
            Double p = form.pointsFor(aq.questionVersionId);
            if (p == null) {
                continue;
            }
            aq.gradeBy(p, grader.personId(), form.comments().getOrDefault(aq.questionVersionId, aq.graderComment));
            audit.record(grader.personId(), null, AuditLog.Action.GRADE_CHANGED,
                    "attempt:" + attemptId, Map.of("slot", aq.key.slot(), "points", p, "learner", a.personId));
        }
        a.record(QuizScoring.totals(slots.stream().map(AttemptQuestion::grade).toList()));
        return new Result(courses.slugOf(a.courseId).orElseThrow(), null, 200, null);
    }
}
