package org.resilib.quiz.gift;

import static org.resilib.quiz.gift.Escapes.restore;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one question: the text of a block of lines, without comments, with its category already known. */
final class QuestionReader {

    private static final Set<String> FORMATS = Set.of("moodle", "markdown", "html", "plain");
    // Only a bracketed word counts as a format, so a stem that opens with "[1]" or "[EB/OL]" is plain text.
    private static final Pattern FORMAT_PREFIX = Pattern.compile("\\[([A-Za-z]+)]");

    private QuestionReader() {
    }

    static GiftQuestion read(String gift, int line, String category) {
        String text = Escapes.protect(gift);
        String title = "";
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new GiftSyntaxException("title has no closing '::'");
            }
            title = restore(text.substring(2, end).trim());
            text = text.substring(end + 2).trim();
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        if (open < 0 && close < 0) {
            Stem stem = stem(text, "");
            return new GiftQuestion(line, category, title, QuestionType.DESCRIPTION, stem.format(), stem.text(), "",
                    null, null, "");
        }
        checkBraces(text, open, close);

        String textAfter = restore(text.substring(close + 1).trim());
        Stem stem = stem(text.substring(0, open).trim(), textAfter);

        String block = text.substring(open + 1, close).trim();
        String generalFeedback = "";
        // The last "####", as Moodle takes it, so that a file reads the same here and in Moodle.
        int general = block.lastIndexOf("####");
        if (general >= 0) {
            generalFeedback = restore(block.substring(general + 4).trim());
            block = block.substring(0, general).trim();
        }
        AnswerReader.Answers answers = AnswerReader.read(block);
        return new GiftQuestion(line, category, title, answers.type(), stem.format(), stem.text(), textAfter,
                answers.answers(), answers.pairs(), generalFeedback);
    }

    private static void checkBraces(String text, int open, int close) {
        if (close >= 0 && (open < 0 || close < open)) {
            throw new GiftSyntaxException("'}' without an opening '{' (write \\} for a literal brace)");
        }
        int second = text.indexOf('{', open + 1);
        if (close < 0 || second >= 0 && second < close) {
            throw new GiftSyntaxException("unclosed answer block: '{' has no matching '}'");
        }
        String after = text.substring(close + 1);
        if (after.indexOf('{') >= 0 || after.indexOf('}') >= 0) {
            throw new GiftSyntaxException(
                    "more than one answer block; is a blank line missing between two questions?");
        }
    }

    private record Stem(String format, String text) {
    }

    /** Splits an optional [format] prefix off the (protected) stem. */
    private static Stem stem(String stem, String textAfter) {
        String format = "moodle";
        Matcher prefix = FORMAT_PREFIX.matcher(stem);
        if (prefix.lookingAt()) {
            format = prefix.group(1).toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new GiftSyntaxException("unknown format [" + prefix.group(1) + "]; use [moodle], [markdown],"
                        + " [html] or [plain]");
            }
            stem = stem.substring(prefix.end()).trim();
        }
        if (stem.isEmpty() && textAfter.isEmpty()) {
            throw new GiftSyntaxException("question has no text");
        }
        return new Stem(format, restore(stem));
    }
}
