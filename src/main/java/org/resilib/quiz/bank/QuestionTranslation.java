package org.resilib.quiz.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.resilib.gift.GiftQuestion;

/**
 * A question version's texts in another language (the JSON shape of one entry of
 * {@code question_version.translations}): the same choices, numbers and matching items in the same order as the
 * original, reworded ({@code GiftTranslation} checks that when a quiz is loaded); a short answer's accepted answers
 * are the translation's own.
 */
public record QuestionTranslation(String format, String text, String textAfter, List<AnswerData> answers,
        List<PairData> pairs, String generalFeedback,
        @JsonInclude(JsonInclude.Include.NON_NULL) String generalFeedbackFormat) {

    public QuestionTranslation {
        answers = answers == null ? List.of() : List.copyOf(answers);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    public static QuestionTranslation of(GiftQuestion g) {
        return new QuestionTranslation(g.format(), g.text(), g.textAfter(),
                g.answers().stream().map(QuestionContent::answer).toList(),
                g.pairs().stream().map(QuestionContent::pair).toList(), g.generalFeedback(),
                g.generalFeedbackFormat());
    }
}
