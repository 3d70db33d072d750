package org.resilib.quiz.bank;

import java.util.List;
import java.util.stream.IntStream;
import org.resilib.gift.GiftAnswer;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.MatchPair;
import org.resilib.gift.QuestionType;

/**
 * What grading and display need of a question version, and how each of its texts is shown: an answer, a feedback or
 * a matching item in its own format when a GIFT marker gave it one, else in the question's ({@link QuestionText}).
 */
public record QuestionContent(long versionId, QuestionType type, String title, String format, String text, String textAfter,
        List<AnswerData> answers, List<PairData> pairs, String generalFeedback, String generalFeedbackFormat) {

    public QuestionContent(long versionId, QuestionType type, String title, String format, String text, String textAfter,
            List<AnswerData> answers, List<PairData> pairs, String generalFeedback) {
        this(versionId, type, title, format, text, textAfter, answers, pairs, generalFeedback, null);
    }

    /** A parsed question as a version would hold it (for previews and checks before anything is stored). */
    public static QuestionContent of(long versionId, GiftQuestion g) {
        return new QuestionContent(versionId, g.type(), g.title(), g.format(), g.text(), g.textAfter(),
                g.answers().stream().map(QuestionContent::answer).toList(),
                g.pairs().stream().map(QuestionContent::pair).toList(), g.generalFeedback(),
                g.generalFeedbackFormat());
    }

    static AnswerData answer(GiftAnswer a) {
        return new AnswerData(a.text(), a.fraction(), a.feedback(), a.number(), a.tolerance(), a.min(), a.max(),
                a.format(), a.feedbackFormat());
    }

    static PairData pair(MatchPair p) {
        return new PairData(p.left(), p.right(), p.format());
    }

    public String textHtml() {
        return QuestionText.toHtml(format, text);
    }

    public String textAfterHtml() {
        return QuestionText.toHtml(format, textAfter);
    }

    /** A choice as the learner sees it. */
    public String answerHtml(AnswerData a) {
        return QuestionText.toHtml(a.format() == null ? format : a.format(), a.text());
    }

    public String feedbackHtml(AnswerData a) {
        return QuestionText.toHtml(a.feedbackFormat() == null ? format : a.feedbackFormat(), a.feedback());
    }

    /** The item of a matching pair; its right side is a plain choice, escaped. */
    public String leftHtml(PairData p) {
        return QuestionText.toHtml(p.format() == null ? format : p.format(), p.left());
    }

    public String generalFeedbackHtml() {
        return QuestionText.toHtml(generalFeedbackFormat == null ? format : generalFeedbackFormat, generalFeedback);
    }

    /** The indexes of the matching pairs that are items to match, in authored order (distractors left out). */
    public List<Integer> items() {
        return IntStream.range(0, pairs.size()).filter(i -> !pairs.get(i).distractor()).boxed().toList();
    }
}
