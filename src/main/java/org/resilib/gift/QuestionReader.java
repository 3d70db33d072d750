package org.resilib.gift;

import static org.resilib.gift.Escapes.restore;

/** Reads one question: the text of a block of lines, without comments, with its category already known. */
final class QuestionReader {

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
        FormatMarker.Marked generalFeedback = new FormatMarker.Marked(null, "");
        // The last "####", as Moodle takes it, so that a file reads the same here and in Moodle.
        int general = block.lastIndexOf("####");
        if (general >= 0) {
            generalFeedback = FormatMarker.split(block.substring(general + 4).trim());
            block = block.substring(0, general).trim();
        }
        AnswerReader.Answers answers = AnswerReader.read(block);
        return new GiftQuestion(line, category, title, answers.type(), stem.format(), stem.text(), textAfter,
                answers.answers(), answers.pairs(), restore(generalFeedback.text()), generalFeedback.format());
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
        String format = FormatMarker.MOODLE;
        // A bracketed word that opens the stem must be a format: "[htlm]" is a typo, not text to show.
        String word = FormatMarker.word(stem);
        if (word != null) {
            if (!FormatMarker.FORMATS.contains(word)) {
                throw new GiftSyntaxException("unknown format " + stem.substring(0, stem.indexOf(']') + 1)
                        + "; use [moodle], [markdown], [html] or [plain]");
            }
            format = word;
            stem = stem.substring(stem.indexOf(']') + 1).trim();
        }
        if (stem.isEmpty() && textAfter.isEmpty()) {
            throw new GiftSyntaxException("question has no text");
        }
        return new Stem(format, restore(stem));
    }
}
