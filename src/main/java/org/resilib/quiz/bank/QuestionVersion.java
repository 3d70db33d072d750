package org.resilib.quiz.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.gift.QuestionType;

/** One immutable version of a question. */
@Entity
@Table(name = "question_version")
public class QuestionVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id")
    public Long questionId;

    public int version;

    public String type;

    public String title = "";

    public String format = "moodle";

    public String text;

    @Column(name = "text_after")
    public String textAfter = "";

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AnswerData> answers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PairData> pairs = new ArrayList<>();

    @Column(name = "general_feedback")
    public String generalFeedback = "";

    /** Null when the general feedback has the question text's format. */
    @Column(name = "general_feedback_format")
    public String generalFeedbackFormat;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "created_by")
    public String createdBy;

    /** The stored type key read as a type; only known keys are ever stored. */
    public QuestionType questionType() {
        return QuestionType.fromKey(type).orElseThrow(() -> new IllegalStateException("Unknown question type " + type));
    }

    public QuestionContent content() {
        return new QuestionContent(id, questionType(), title, format, text, textAfter, answers, pairs, generalFeedback,
                generalFeedbackFormat);
    }
}
