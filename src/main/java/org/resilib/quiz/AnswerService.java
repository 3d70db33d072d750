package org.resilib.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.resilib.db.SqlTimes;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.bank.QuestionText;
import org.resilib.quiz.bank.QuestionVersion;
import org.resilib.quiz.grading.AttemptLayout;
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
    private final QuestionContents contents;
    private final ObjectMapper json;

    AnswerService(EntityManager em, AttemptViews views, AttemptGrader grader, QuestionContents contents,
            ObjectMapper json) {
        this.em = em;
        this.views = views;
        this.grader = grader;
        this.contents = contents;
        this.json = json;
    }

    /**
     * Saves one response. The attempt row is read FOR SHARE, so a save waits for a submit in progress and then sees
     * the attempt closed: a save that was acknowledged is always part of the grade.
     */
    @Transactional
    public Instant save(long attemptId, long versionId, JsonNode response, QuizService.Actor actor) {
        // One projection, no entities: the attempt's owner, state and deadline (its row FOR SHARE) and the slot's
        // layout; the question itself comes from memory (versions never change).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.person_id, a.state, a.deadline, aq.attempt_id,"
                + " cast(aq.choice_order as text), cast(aq.right_order as text) from quiz_attempt a left join"
                + " attempt_question aq on aq.attempt_id = a.id and aq.question_version_id = ?2 where a.id = ?1"
                + " for share of a").setParameter(1, attemptId).setParameter(2, versionId).getResultList();
        if (rows.isEmpty() || ((Number) rows.get(0)[0]).longValue() != actor.personId()) {
            throw DomainException.notFound("attempt");
        }
        Object[] row = rows.get(0);
        Instant now = Instant.now();
        if (!QuizAttempt.IN_PROGRESS.equals(row[1])) {
            throw DomainException.conflict(null, "attempt_closed");
        }
        Instant deadline = SqlTimes.instant(row[2]);
        if (deadline != null && now.isAfter(deadline)) {
            throw DomainException.conflict(null, "attempt_deadline_passed");
        }
        if (row[3] == null) {
            throw DomainException.notFound("attempt_question");
        }
        QuestionContent question = contents.of(versionId)
                .orElseThrow(() -> DomainException.notFound("attempt_question"));
        ResponseShape.check(question, new AttemptLayout(list((String) row[4], INTEGERS), list((String) row[5],
                STRINGS)), response);
        boolean empty = response == null || response.isNull();
        Query update = em.createNativeQuery("update attempt_question set response = " + (empty ? "null"
                : "cast(?4 as jsonb)") + ", saved_at = ?1 where attempt_id = ?2 and question_version_id = ?3")
                .setParameter(1, now).setParameter(2, attemptId).setParameter(3, versionId);
        if (!empty) {
            update.setParameter(4, response.toString());
        }
        update.executeUpdate();
        return now;
    }

    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private <T> List<T> list(String value, TypeReference<List<T>> type) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An attempt's stored layout is not a JSON list: " + value, e);
        }
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
