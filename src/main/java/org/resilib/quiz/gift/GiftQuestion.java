package org.resilib.quiz.gift;

import java.util.List;

/**
 * text = the stem before the answer block; textAfter = text after the closing brace (missing-word questions), ""
 * otherwise. format is one of "moodle" (default), "markdown", "html", "plain". Texts are stored UNESCAPED (a literal
 * "~" not "\~"). line = 1-based line where the question starts. category = the last $CATEGORY: seen before it, or "".
 * title = ::title:: or "". generalFeedback = text after #### or "".
 */
public record GiftQuestion(int line, String category, String title, QuestionType type, String format, String text,
        String textAfter, List<GiftAnswer> answers, List<MatchPair> pairs, String generalFeedback) {

    public GiftQuestion {
        answers = answers == null ? List.of() : List.copyOf(answers);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }
}
