package org.resilib.quiz;

import java.util.List;
import org.resilib.quiz.gift.GiftAnswer;
import org.resilib.quiz.gift.GiftQuestion;
import org.resilib.quiz.gift.MatchPair;

/**
 * A question rendered as a learner sees it in an attempt (texts to safe HTML by their format), plus the key an
 * author checks it against. For authoring pages only: learners never receive the key.
 */
public record QuestionPreview(String type, String text, String textAfter, List<Option> options, List<String> left,
        List<String> right, String generalFeedback) {

    public String typeKey() {
        return "question_type_" + type;
    }

    /** An answer as shown (HTML), with its credit in percent and its feedback, for the author's key. */
    public record Option(String html, String value, long percent, String feedback) {
        public boolean credited() {
            return percent > 0;
        }
    }

    public static QuestionPreview of(GiftQuestion q) {
        List<Option> options = q.answers().stream().map(a -> option(q, a)).toList();
        List<String> left = q.pairs().stream().map(MatchPair::left).map(t -> QuestionText.toHtml(q.format(), t))
                .toList();
        List<String> right = q.pairs().stream().map(MatchPair::right).distinct()
                .map(t -> QuestionText.toHtml(q.format(), t)).toList();
        return new QuestionPreview(q.type().key(), QuestionText.toHtml(q.format(), q.text()),
                QuestionText.toHtml(q.format(), q.textAfter()), options, left, right,
                QuestionText.toHtml(q.format(), q.generalFeedback()));
    }

    private static Option option(GiftQuestion q, GiftAnswer a) {
        String value;
        if (a.number() != null) {
            value = a.tolerance() == null || a.tolerance() == 0 ? num(a.number()) : num(a.number()) + " ± " + num(a.tolerance());
        } else if (a.min() != null) {
            value = num(a.min()) + " – " + num(a.max());
        } else {
            value = a.text();
        }
        String html = a.text() == null ? QuestionText.escape(value) : QuestionText.toHtml(q.format(), a.text());
        return new Option(html, value, Math.round(a.fraction() * 100), a.feedback() == null ? "" : a.feedback());
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
