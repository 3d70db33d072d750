package org.resilib.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

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
    void record(QuizScoring.Totals totals) {
        score = QuizService.bd(totals.score());
        maxScore = QuizService.bd(totals.maxScore());
        percent = totals.percent();
        state = totals.pending() ? NEEDS_GRADING : GRADED;
        passed = totals.passed(passPercent);
    }

    boolean open() {
        return IN_PROGRESS.equals(state);
    }

    boolean expired(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }
}
