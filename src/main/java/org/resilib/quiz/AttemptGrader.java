package org.resilib.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.bank.QuestionVersion;
import org.resilib.quiz.grading.Grade;
import org.resilib.quiz.grading.QuizScoring;

/**
 * Grades a submitted attempt (by the learner, or because its time ran out) with {@link QuizScoring}, inside the
 * caller's transaction and on an attempt the caller has locked.
 */
@ApplicationScoped
class AttemptGrader {

    private final EntityManager em;
    private final ObjectMapper json;
    private final AttemptViews views;

    AttemptGrader(EntityManager em, ObjectMapper json, AttemptViews views) {
        this.em = em;
        this.json = json;
        this.views = views;
    }

    /**
     * Grades a locked, open attempt: one statement writes every slot's grade, one (at flush) the attempt. Returns
     * the rows as graded, for the result view.
     */
    List<Object[]> grade(QuizAttempt a, List<Object[]> rows) {
        ArrayNode grades = json.createArrayNode();
        List<Grade> all = new ArrayList<>();
        List<Object[]> graded = new ArrayList<>();
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            QuestionVersion v = (QuestionVersion) row[1];
            // Stored in the original's words; the review shows the feedback in the reader's language (AttemptViews).
            QuestionContent original = v.content();
            Grade g = QuizScoring.grade(original, v.translatedContents(), original, aq.layout(), aq.response);
            all.add(g);
            ObjectNode n = grades.addObject();
            n.put("slot", aq.key.slot());
            n.put("points", g.points());
            n.put("correct", g.correct());
            n.put("feedback", g.feedback());
            graded.add(new Object[] {copyWithGrade(aq, g), v});
        }
        try {
            em.createNativeQuery("update attempt_question aq set points = g.points, correct = g.correct,"
                    + " feedback = g.feedback from jsonb_to_recordset(cast(?1 as jsonb))"
                    + " as g(slot int, points numeric, correct boolean, feedback text)"
                    + " where aq.attempt_id = ?2 and aq.slot = g.slot")
                    .setParameter(1, json.writeValueAsString(grades)).setParameter(2, a.id).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        a.submittedAt = Instant.now();
        a.record(QuizScoring.totals(all));
        return graded;
    }

    private static AttemptQuestion copyWithGrade(AttemptQuestion aq, Grade g) {
        AttemptQuestion c = new AttemptQuestion();
        c.key = aq.key;
        c.questionVersionId = aq.questionVersionId;
        c.choiceOrder = aq.choiceOrder;
        c.rightOrder = aq.rightOrder;
        c.response = aq.response;
        c.savedAt = aq.savedAt;
        c.maxPoints = aq.maxPoints;
        c.points = g.points() == null ? null : BigDecimal.valueOf(g.points());
        c.correct = g.correct();
        c.feedback = g.feedback();
        return c;
    }

    /** Submits this learner's expired attempt in this course, if any, with what was saved. */
    void finishExpired(long courseId, long personId) {
        List<QuizAttempt> expired = em.createQuery("select a from QuizAttempt a where a.courseId = :c and"
                + " a.personId = :p and a.state = :open and a.deadline < :now", QuizAttempt.class)
                .setParameter("c", courseId).setParameter("p", personId).setParameter("open", QuizAttempt.IN_PROGRESS)
                .setParameter("now", Instant.now()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (QuizAttempt a : expired) {
            grade(a, views.slots(a.id));
        }
    }
}
