package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.resilib.quiz.bank.QuestionText;
import org.resilib.quiz.bank.QuestionVersion;
import org.resilib.quiz.grading.ResponseShape;
import org.resilib.web.DomainException;

/**
 * A learner's answers and submission: one response (API), a whole page of the attempt form (save, autosave, submit)
 * in one transaction, and submission with its grade, exactly once however many requests race.
 */
@ApplicationScoped
public class AnswerService {

    private final EntityManager em;
    private final AttemptViews views;
    private final AttemptGrader grader;

    AnswerService(EntityManager em, AttemptViews views, AttemptGrader grader) {
        this.em = em;
        this.views = views;
        this.grader = grader;
    }

    /**
     * Saves one response. The attempt row is read FOR SHARE, so a save waits for a submit in progress and then sees
     * the attempt closed: a save that was acknowledged is always part of the grade.
     */
    @Transactional
    public Instant save(long attemptId, long versionId, JsonNode response, QuizService.Actor actor) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_READ);
        if (a == null || a.personId != actor.personId()) {
            throw DomainException.notFound("attempt");
        }
        if (!a.open()) {
            throw DomainException.conflict(null, "attempt_closed");
        }
        if (a.expired(Instant.now())) {
            throw DomainException.conflict(null, "attempt_deadline_passed");
        }
        Object[] row = em.createQuery("select aq, v from AttemptQuestion aq, QuestionVersion v where"
                + " v.id = aq.questionVersionId and aq.key.attemptId = :a and aq.questionVersionId = :v", Object[].class)
                .setParameter("a", attemptId).setParameter("v", versionId).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("attempt_question"));
        AttemptQuestion aq = (AttemptQuestion) row[0];
        QuestionVersion v = (QuestionVersion) row[1];
        ResponseShape.check(v.content(), aq.layout(), response);
        Instant now = Instant.now();
        aq.response = response == null || response.isNull() ? null : response;
        aq.savedAt = now;
        return now;
    }

    /** What posting a page of the attempt form came to. */
    public sealed interface PageResult {
    }

    /** The attempt is closed (submitted now or before, or its time ran out and it was graded): show the review. */
    public record Closed() implements PageResult {
    }

    public record Saved(Instant at) implements PageResult {
    }

    /** A response was refused and nothing was saved: the page again, with the error on its field. */
    public record Refused(QuizViews.Attempt attempt, int status, String error, String field) implements PageResult {
    }

    /**
     * Saves the responses of one page of the attempt form (the questions it lists in {@code shown}), and submits
     * when asked: one lock, one load, an update only where a response changed, and the grade. The attempt row is
     * locked FOR UPDATE, so a submit racing it waits, and a page saved after the deadline finds the attempt graded
     * with what was saved before.
     */
    @Transactional
    public PageResult answerPage(long attemptId, Map<String, List<String>> form, boolean submit,
            QuizService.Actor actor, Locale locale) {
        QuizAttempt a = views.find(attemptId, actor, LockModeType.PESSIMISTIC_WRITE);
        List<Object[]> rows = views.slotsToAnswer(a.id);
        if (a.open() && a.expired(Instant.now())) {
            grader.grade(a, rows);
        }
        if (!a.open()) {
            return new Closed();
        }
        if (a.personId != actor.personId()) {
            throw DomainException.notFound("attempt");
        }
        List<QuizViews.Slot> slots = AttemptViews.questions(rows, false, locale);
        Map<Long, JsonNode> responses;
        try {
            responses = FormResponses.parse(slots, form);
            for (Object[] row : rows) {
                AttemptQuestion aq = (AttemptQuestion) row[0];
                if (responses.containsKey(aq.questionVersionId)) {
                    ResponseShape.check(((QuestionVersion) row[1]).content(), aq.layout(),
                            responses.get(aq.questionVersionId));
                }
            }
        } catch (DomainException e) {
            return new Refused(views.view(a, rows, locale), e.status(), e.messageKey(), e.field());
        }
        Instant now = Instant.now();
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            if (!responses.containsKey(aq.questionVersionId)) {
                continue;
            }
            JsonNode r = responses.get(aq.questionVersionId);
            JsonNode value = r == null || r.isNull() ? null : r;
            if (!Objects.equals(value, aq.response)) {
                aq.response = value;
                aq.savedAt = now;
            }
        }
        if (submit) {
            grader.grade(a, rows);
            return new Closed();
        }
        return new Saved(now);
    }

    /** The graded attempt and its slots with their grades. */
    public record Submitted(QuizViews.AttemptSummary attempt, double score, double maxScore,
            List<SlotResult> questions) {
    }

    /** {@code feedback} is safe HTML. */
    public record SlotResult(long id, Boolean correct, Double points, double maxPoints, String feedback) {
    }

    /**
     * Submits and grades once: a second submit (or one racing it) waits on the row lock and gets the same result.
     * Five statements in all with the sign-in lookup: lock, load, one update for every slot, one for the attempt.
     */
    @Transactional
    public Submitted submit(long attemptId, QuizService.Actor actor) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.personId != actor.personId()) {
            throw DomainException.notFound("attempt");
        }
        List<Object[]> rows = views.slots(a.id);
        if (a.open()) {
            rows = grader.grade(a, rows);
        }
        List<SlotResult> results = new ArrayList<>();
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            results.add(new SlotResult(aq.questionVersionId, aq.correct, AttemptViews.dbl(aq.points),
                    aq.maxPoints.doubleValue(), QuestionText.safe(aq.feedback)));
        }
        return new Submitted(QuizService.summary(a), AttemptViews.dbl(a.score), AttemptViews.dbl(a.maxScore),
                results);
    }

    /**
     * Submits attempts whose deadline has passed, whether or not their learners come back. Rows are claimed with
     * SKIP LOCKED, so several instances share the work and none grades an attempt twice.
     */
    @Transactional
    public int submitExpired(int batch) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from quiz_attempt where state = 'in_progress' and"
                + " deadline < now() order by deadline limit ?1 for update skip locked").setParameter(1, batch)
                .getResultList();
        for (Number id : ids) {
            QuizAttempt a = em.find(QuizAttempt.class, id.longValue());
            grader.grade(a, views.slots(a.id));
        }
        return ids.size();
    }
}
