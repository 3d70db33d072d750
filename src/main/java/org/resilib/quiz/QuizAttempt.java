package org.resilib.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.resilib.quiz.grading.QuizScoring;

@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    public static final String IN_PROGRESS = "in_progress";
    public static final String NEEDS_GRADING = "needs_grading";
    public static final String GRADED = "graded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id")
    public Long courseId;

    @Column(name = "person_id")
    public Long personId;

    public int number;

    public String state = IN_PROGRESS;

    @Column(name = "started_at")
    public Instant startedAt = Instant.now();

    public Instant deadline;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "pass_percent")
    public int passPercent;

    public BigDecimal score;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    public BigDecimal percent;

    public Boolean passed;

    /** Records the totals of a submitted attempt: graded, or waiting for an instructor's points. */
    public void record(QuizScoring.Totals totals) {
        score = bd(totals.score());
        maxScore = bd(totals.maxScore());
        percent = totals.percent();
        state = totals.pending() ? NEEDS_GRADING : GRADED;
        passed = totals.passed(passPercent);
    }

    /** Points as stored, numeric with four decimals. */
    static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }

    public boolean open() {
        return IN_PROGRESS.equals(state);
    }

    boolean expired(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }
}
