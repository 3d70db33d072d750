package org.resilib.gift;

import static org.resilib.gift.Escapes.escape;
import static org.resilib.gift.GiftWriter.orEmpty;

import java.util.ArrayList;
import java.util.List;

/** Writes what goes between the braces of one question, choosing markers that make it read back as the same type. */
final class AnswerWriter {

    private AnswerWriter() {
    }

    static String block(GiftQuestion question) {
        Texts texts = new Texts(question.format() == null ? FormatMarker.MOODLE : question.format());
        String general = orEmpty(question.generalFeedback());
        String generalPart = general.isEmpty() ? "" : "####" + texts.write(question.generalFeedbackFormat(), general);
        List<GiftAnswer> answers = question.answers();
        return switch (question.type()) {
            case ESSAY -> generalPart;
            case TRUEFALSE -> trueFalse(answers, texts) + generalPart;
            case NUMERICAL -> numerical(answers, generalPart, texts);
            case MATCHING -> lines(question.pairs().stream().map(p -> "=" + texts.write(p.format(), orEmpty(p.left()))
                    + " -> " + escape(orEmpty(p.right()))).toList(), generalPart);
            case SHORTANSWER -> lines(answers.stream().map(a -> choice('=', a, texts)).toList(), generalPart);
            case MULTICHOICE -> lines(singleChoice(answers, texts), generalPart);
            case MULTIANSWER -> lines(answers.stream().map(a -> choice('~', a, texts)).toList(), generalPart);
            case DESCRIPTION -> throw new IllegalArgumentException("a description has no answer block");
        };
    }

    /** Writes a piece of text escaped, behind a format marker when it needs one. */
    private record Texts(String questionFormat) {
        String write(String format, String text) {
            return FormatMarker.mark(format, questionFormat, escape(text));
        }
    }

    /**
     * A single-answer question needs at least one '=' (or Moodle and the parser see a multiple-answer one) and at
     * least one '~' (or it reads as short answer): full-credit answers get '=', else the first one with credit.
     */
    private static List<String> singleChoice(List<GiftAnswer> answers, Texts texts) {
        boolean[] equals = new boolean[answers.size()];
        int count = 0;
        for (int i = 0; i < answers.size(); i++) {
            equals[i] = answers.get(i).fraction() == 1;
            count += equals[i] ? 1 : 0;
        }
        for (int i = 0; count == 0 && i < answers.size(); i++) {
            if (answers.get(i).fraction() > 0) {
                equals[i] = true;
                count++;
            }
        }
        if (count == answers.size() && count > 0) {
            equals[answers.size() - 1] = false;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            lines.add(choice(equals[i] ? '=' : '~', answers.get(i), texts));
        }
        return lines;
    }

    private static String choice(char marker, GiftAnswer answer, Texts texts) {
        String text = texts.write(answer.format(), orEmpty(answer.text()));
        double usual = marker == '=' ? 1 : 0;
        // A text that opens with '%' would be read as a weight, so it always gets an explicit one.
        boolean weighted = answer.fraction() != usual || text.startsWith("%");
        return marker + (weighted ? "%" + Numbers.formatWeight(answer.fraction()) + "%" : "") + text
                + feedback(answer, texts);
    }

    /** Moodle's order: {T#feedback if wrong#feedback if right}. */
    private static String trueFalse(List<GiftAnswer> answers, Texts texts) {
        GiftAnswer yes = find(answers, "true");
        GiftAnswer no = find(answers, "false");
        boolean trueIsRight = yes.fraction() > 0;
        GiftAnswer ifWrong = trueIsRight ? no : yes;
        GiftAnswer ifRight = trueIsRight ? yes : no;
        String wrong = texts.write(ifWrong.feedbackFormat(), orEmpty(ifWrong.feedback()));
        String right = texts.write(ifRight.feedbackFormat(), orEmpty(ifRight.feedback()));
        StringBuilder out = new StringBuilder(trueIsRight ? "TRUE" : "FALSE");
        if (!wrong.isEmpty() || !right.isEmpty()) {
            out.append('#').append(wrong);
        }
        if (!right.isEmpty()) {
            out.append('#').append(right);
        }
        return out.toString();
    }

    private static GiftAnswer find(List<GiftAnswer> answers, String text) {
        return answers.stream().filter(a -> text.equals(a.text())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("a true/false question needs an answer with text '" + text + "'"));
    }

    /** Values with '='; a last zero-credit answer for any number is written as Moodle writes it: "~#feedback". */
    private static String numerical(List<GiftAnswer> answers, String generalPart, Texts texts) {
        if (answers.size() == 1 && answers.get(0).fraction() == 1) {
            return "#" + numericValue(answers.get(0)) + feedback(answers.get(0), texts) + generalPart;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            GiftAnswer a = answers.get(i);
            if (i == answers.size() - 1 && i > 0 && a.matchesAnyNumber() && a.fraction() == 0) {
                lines.add("~#" + texts.write(a.feedbackFormat(), orEmpty(a.feedback())));
            } else {
                lines.add("=" + (a.fraction() == 1 ? "" : "%" + Numbers.formatWeight(a.fraction()) + "%")
                        + numericValue(a) + feedback(a, texts));
            }
        }
        return "#" + lines(lines, generalPart);
    }

    private static String numericValue(GiftAnswer answer) {
        if (answer.matchesAnyNumber()) {
            return GiftAnswer.ANY_NUMBER;
        }
        if (answer.min() != null && answer.max() != null) {
            return Numbers.format(answer.min()) + ".." + Numbers.format(answer.max());
        }
        if (answer.number() == null) {
            throw new IllegalArgumentException("a numerical answer needs a number or a min and max");
        }
        Double tolerance = answer.tolerance();
        return Numbers.format(answer.number())
                + (tolerance == null || tolerance == 0 ? "" : ":" + Numbers.format(tolerance));
    }

    private static String feedback(GiftAnswer answer, Texts texts) {
        String feedback = orEmpty(answer.feedback());
        return feedback.isEmpty() ? "" : "#" + texts.write(answer.feedbackFormat(), feedback);
    }

    private static String lines(List<String> answers, String generalPart) {
        StringBuilder out = new StringBuilder("\n");
        answers.forEach(a -> out.append(a).append('\n'));
        if (!generalPart.isEmpty()) {
            out.append(generalPart).append('\n');
        }
        return out.toString();
    }
}
