package org.resilib.quiz.bank;

import java.util.List;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.QuestionType;
import org.resilib.quiz.bank.AnswerData;
import org.resilib.quiz.bank.PairData;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.bank.QuestionText;

/**
 * A question rendered as a learner sees it in an attempt (texts to safe HTML by their format), plus the key an
 * author checks it against. For authoring pages only: learners never receive the key.
 */
public record QuestionPreview(QuestionType type, String text, String textAfter, List<Option> options, List<String> left,
        List<String> right, String generalFeedback) {

    public String typeKey() {
        return "question_type_" + type.key();
    }

    /** An answer as shown (HTML), with its credit in percent and its feedback (HTML), for the author's key. */
    public record Option(String html, String value, long percent, String feedback) {
        public boolean credited() {
            return percent > 0;
        }
    }

    public static QuestionPreview of(GiftQuestion g) {
        QuestionContent q = QuestionContent.of(0, g);
        List<Option> options = q.answers().stream().map(a -> option(q, a)).toList();
        // As in an attempt: items only on the left, every distinct right side (distractors too) as a choice.
        List<String> left = q.items().stream().map(i -> q.leftHtml(q.pairs().get(i))).toList();
        List<String> right = q.pairs().stream().map(PairData::right).distinct().map(QuestionText::escape).toList();
        return new QuestionPreview(q.type(), q.textHtml(), q.textAfterHtml(), options, left, right,
                q.generalFeedbackHtml());
    }

    private static Option option(QuestionContent q, AnswerData a) {
        String value;
        if (a.number() != null) {
            value = a.tolerance() == null || a.tolerance() == 0 ? num(a.number()) : num(a.number()) + " ± " + num(a.tolerance());
        } else if (a.min() != null) {
            value = num(a.min()) + " – " + num(a.max());
        } else {
            value = a.text();
        }
        String html = a.text() == null ? QuestionText.escape(value) : q.answerHtml(a);
        return new Option(html, value, Math.round(a.fraction() * 100), q.feedbackHtml(a));
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
