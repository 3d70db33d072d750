package org.resilib.quiz;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.resilib.gift.QuestionType;

@TemplateExtension
public final class QuizTemplateExtensions {

    private QuizTemplateExtensions() {
    }

    static String questionTypeKey(QuestionType type) {
        return "question_type_" + type.key();
    }

    static String attemptStateKey(String state) {
        return "attempt_state_" + state;
    }

    /** Scores and percentages with at most two decimals, so a quarter point shows: 87.5, 100, 0.25, 66.67. */
    public static String round(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
