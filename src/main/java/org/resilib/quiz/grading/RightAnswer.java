package org.resilib.quiz.grading;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;
import org.resilib.quiz.bank.AnswerData;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.bank.QuestionText;

/** The right answer in words, shown with the feedback once an attempt is submitted. */
public final class RightAnswer {

    private RightAnswer() {
    }

    public static String describe(QuestionContent q) {
        return switch (q.type()) {
            // Choices as the learner saw them; accepted short answers are what a learner types, so plain text.
            case MULTICHOICE -> q.answers().stream().filter(a -> a.fraction() >= 1.0).map(q::answerHtml)
                    .collect(Collectors.joining(" / "));
            case SHORTANSWER -> q.answers().stream().filter(a -> a.fraction() >= 1.0)
                    .map(a -> QuestionText.toHtml("plain", a.text())).collect(Collectors.joining(" / "));
            case MULTIANSWER -> q.answers().stream().filter(a -> a.fraction() > 0).map(q::answerHtml)
                    .collect(Collectors.joining("; "));
            case TRUEFALSE -> q.answers().stream().filter(a -> a.fraction() >= 1.0).map(AnswerData::text)
                    .findFirst().orElse("");
            case NUMERICAL -> q.answers().stream().filter(a -> a.fraction() >= 1.0 && !a.matchesAnyNumber())
                    .map(RightAnswer::number).collect(Collectors.joining(" / "));
            case MATCHING -> q.items().stream().map(q.pairs()::get)
                    .map(p -> q.leftHtml(p) + " → " + QuestionText.escape(p.right()))
                    .collect(Collectors.joining("; "));
            case ESSAY, DESCRIPTION -> "";
        };
    }

    private static String number(AnswerData a) {
        DecimalFormat f = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (a.min() != null && a.max() != null) {
            return f.format(a.min()) + " – " + f.format(a.max());
        }
        String n = a.number() == null ? "" : f.format(a.number());
        return a.tolerance() == null || a.tolerance() == 0 ? n : n + " ± " + f.format(a.tolerance());
    }
}
