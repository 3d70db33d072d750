package org.resilib.gift;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * text = the stem before the answer block; textAfter = text after the closing brace (missing-word questions), ""
 * otherwise. format is one of "moodle" (default), "markdown", "html", "plain". Texts are stored UNESCAPED (a literal
 * "~" not "\~"). line = 1-based line where the question starts. category = the last $CATEGORY: seen before it, or "".
 * title = ::title:: or "". generalFeedback = text after #### or "". generalFeedbackFormat, like the formats of
 * answers, feedbacks and matching items, is null when it is the question's format: a format equal to the
 * question's, or one given to an empty text, is stored as null, so that equal questions are equal records.
 */
public record GiftQuestion(int line, String category, String title, QuestionType type, String format, String text,
        String textAfter, List<GiftAnswer> answers, List<MatchPair> pairs, String generalFeedback,
        @JsonInclude(JsonInclude.Include.NON_NULL) String generalFeedbackFormat) {

    public GiftQuestion {
        String own = format == null ? FormatMarker.MOODLE : format;
        // Only choices are shown as formatted text; an accepted short answer, a number or "true" is not.
        boolean choices = type == QuestionType.MULTICHOICE || type == QuestionType.MULTIANSWER;
        answers = answers == null ? List.of() : answers.stream().map(a -> a.withFormats(
                choices ? own(a.format(), a.text(), own) : null, own(a.feedbackFormat(), a.feedback(), own)))
                .toList();
        pairs = pairs == null ? List.of() : pairs.stream()
                .map(p -> new MatchPair(p.left(), p.right(), own(p.format(), p.left(), own))).toList();
        generalFeedbackFormat = own(generalFeedbackFormat, generalFeedback, own);
    }

    public GiftQuestion(int line, String category, String title, QuestionType type, String format, String text,
            String textAfter, List<GiftAnswer> answers, List<MatchPair> pairs, String generalFeedback) {
        this(line, category, title, type, format, text, textAfter, answers, pairs, generalFeedback, null);
    }

    /** The same question as if it started at another line. */
    public GiftQuestion atLine(int newLine) {
        return new GiftQuestion(newLine, category, title, type, format, text, textAfter, answers, pairs,
                generalFeedback, generalFeedbackFormat);
    }

    /** The format a piece of text keeps: null when it is the question's own or the text is empty. */
    private static String own(String pieceFormat, String pieceText, String questionFormat) {
        return pieceText == null || pieceText.isEmpty() || Objects.equals(pieceFormat, questionFormat) ? null
                : pieceFormat;
    }
}
