package org.resilib.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An attempt's totals, the same for a submission and for an instructor's grading. */
class TotalsTest {

    @Test
    void pointsAddUpAndThePercentIsStoredAsItIsRounded() {
        QuizScoring.Totals t = QuizScoring.totals(List.of(new Grade(1.0, 1, true, ""), new Grade(0.0, 1, false, ""),
                new Grade(0.5, 1, false, "")));
        assertThat(t.score()).isEqualTo(1.5);
        assertThat(t.maxScore()).isEqualTo(3.0);
        assertThat(t.pending()).isFalse();
        assertThat(t.percent()).isEqualByComparingTo(new BigDecimal("50.000"));
        assertThat(t.percent().scale()).isEqualTo(3);
        assertThat(t.passed(50)).isTrue();
        assertThat(t.passed(51)).isFalse();
    }

    @Test
    void aWaitingEssayLeavesTheAttemptNeitherPassedNorFailed() {
        QuizScoring.Totals t = QuizScoring.totals(List.of(new Grade(1.0, 1, true, ""), Grade.pending(1, "")));
        assertThat(t.pending()).isTrue();
        assertThat(t.score()).isEqualTo(1.0);
        assertThat(t.maxScore()).isEqualTo(2.0);
        assertThat(t.passed(0)).isNull();
    }

    @Test
    void aQuizOfDescriptionsOnlyScoresAHundredPercent() {
        QuizScoring.Totals t = QuizScoring.totals(List.of(new Grade(0.0, 0, true, "")));
        assertThat(t.percent()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(t.passed(100)).isTrue();
    }

    @Test
    void thirdsAreRoundedHalfUpToThreeDecimals() {
        QuizScoring.Totals t = QuizScoring.totals(List.of(new Grade(2.0, 1, true, ""), new Grade(0.0, 2, false, "")));
        assertThat(t.percent()).isEqualByComparingTo(new BigDecimal("66.667"));
    }
}
