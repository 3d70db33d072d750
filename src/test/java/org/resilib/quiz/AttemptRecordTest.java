package org.resilib.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resilib.quiz.grading.QuizScoring;

/** How an attempt records its totals and a slot an instructor's points, without a database. */
class AttemptRecordTest {

    static AttemptQuestion slot(String max, String points) {
        AttemptQuestion aq = new AttemptQuestion();
        aq.maxPoints = new BigDecimal(max);
        aq.points = points == null ? null : new BigDecimal(points);
        return aq;
    }

    @Test
    void anAttemptWithAWaitingEssayNeedsGradingUntilItsPointsAreGiven() {
        QuizAttempt a = new QuizAttempt();
        a.passPercent = 60;
        AttemptQuestion choice = slot("1", "1");
        AttemptQuestion essay = slot("1", null);
        a.record(QuizScoring.totals(List.of(choice.grade(), essay.grade())));
        assertThat(a.state).isEqualTo(QuizAttempt.NEEDS_GRADING);
        assertThat(a.passed).isNull();
        assertThat(a.score).isEqualByComparingTo("1");

        essay.gradeBy(0.25, 7, "Thin.");
        assertThat(essay.correct).isFalse();
        assertThat(essay.gradedBy).isEqualTo(7);
        assertThat(essay.graderComment).isEqualTo("Thin.");
        a.record(QuizScoring.totals(List.of(choice.grade(), essay.grade())));
        assertThat(a.state).isEqualTo(QuizAttempt.GRADED);
        assertThat(a.percent).isEqualByComparingTo("62.5");
        assertThat(a.passed).isTrue();
        assertThat(a.score.scale()).isEqualTo(4);
    }

    @Test
    void fullPointsCountAsCorrect() {
        AttemptQuestion essay = slot("1", null);
        essay.gradeBy(1, 7, null);
        assertThat(essay.correct).isTrue();
        assertThat(essay.grade().points()).isEqualTo(1.0);
    }
}
