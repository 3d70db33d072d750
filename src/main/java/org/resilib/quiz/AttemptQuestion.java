package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.quiz.grading.AttemptLayout;
import org.resilib.quiz.grading.Grade;

/** A question slot of an attempt: the version it uses, its layout, the learner's response and its grade. */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "question_version_id")
    public Long questionVersionId;

    @Column(name = "choice_order")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Integer> choiceOrder;

    @Column(name = "right_order")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> rightOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode response;

    @Column(name = "saved_at")
    public Instant savedAt;

    @Column(name = "max_points")
    public BigDecimal maxPoints;

    public BigDecimal points;

    public Boolean correct;

    public String feedback;

    @Column(name = "graded_by")
    public Long gradedBy;

    @Column(name = "graded_at")
    public Instant gradedAt;

    @Column(name = "grader_comment")
    public String graderComment;

    /** An instructor's points for this slot; full points count as correct. */
    public void gradeBy(double givenPoints, long graderId, String comment) {
        points = QuizAttempt.bd(givenPoints);
        correct = givenPoints >= maxPoints.doubleValue();
        gradedBy = graderId;
        gradedAt = Instant.now();
        graderComment = comment;
    }

    /** The slot's grade as stored. */
    public Grade grade() {
        return new Grade(points == null ? null : points.doubleValue(), maxPoints.doubleValue(), correct, feedback);
    }

    AttemptLayout layout() {
        return new AttemptLayout(choiceOrder, rightOrder);
    }

    @Embeddable
    public record Key(@Column(name = "attempt_id") Long attemptId, @Column(name = "slot") Integer slot)
            implements Serializable {
    }
}
