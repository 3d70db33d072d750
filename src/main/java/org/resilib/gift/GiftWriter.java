package org.resilib.gift;

import static org.resilib.gift.Escapes.escape;

import java.util.List;

/** Writes questions as GIFT that {@link GiftParser} reads back into equal records (apart from line numbers). */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<GiftQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String category = "";
        for (GiftQuestion question : questions) {
            String next = orEmpty(question.category());
            if (!next.equals(category)) {
                blankLine(out);
                out.append(next.isEmpty() ? "$CATEGORY:" : "$CATEGORY: " + next).append('\n');
                category = next;
            }
            blankLine(out);
            writeQuestion(out, question);
            out.append('\n');
        }
        return out.toString();
    }

    private static void writeQuestion(StringBuilder out, GiftQuestion question) {
        String title = orEmpty(question.title());
        String text = escape(orEmpty(question.text()));
        String format = question.format() == null ? "moodle" : question.format();
        if (!title.isEmpty()) {
            out.append("::").append(escape(title)).append("::");
        }
        // An explicit [moodle] keeps a stem that opens with "[" (or a "//" line) from being misread.
        if (!format.equals("moodle") || text.startsWith("[") || title.isEmpty() && text.startsWith("//")) {
            out.append('[').append(format).append(']');
        }
        out.append(text);
        if (question.type() == QuestionType.DESCRIPTION) {
            return;
        }
        if (!text.isEmpty()) {
            out.append(' ');
        }
        out.append('{').append(AnswerWriter.block(question)).append('}');
        String textAfter = orEmpty(question.textAfter());
        if (!textAfter.isEmpty()) {
            out.append(' ').append(escape(textAfter));
        }
    }

    private static void blankLine(StringBuilder out) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
