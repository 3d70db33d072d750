package org.resilib.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scores as pages show them: a quarter point stays a quarter point. */
class QuizTemplateExtensionsTest {

    @Test
    void scoresKeepTwoDecimalsAndDropTrailingZeros() {
        assertThat(QuizTemplateExtensions.round(0.25)).isEqualTo("0.25");
        assertThat(QuizTemplateExtensions.round(1.0)).isEqualTo("1");
        assertThat(QuizTemplateExtensions.round(87.5)).isEqualTo("87.5");
        assertThat(QuizTemplateExtensions.round(200.0 / 3)).isEqualTo("66.67");
        assertThat(QuizTemplateExtensions.round(null)).isEmpty();
    }
}
