package org.resilib.quiz.grading;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.resilib.gift.QuestionType;
import org.resilib.quiz.bank.AnswerData;
import org.resilib.quiz.bank.QuestionContent;

/**
 * Moodle's grading rules for each question type. Every gradable question is worth one point; a question's points are
 * its fraction clamped to [0, 1] (a wrong multiple-answer pick can cancel a right one but never takes points from
 * other questions). Responses use the ids the learner was shown ({@link AttemptLayout}). The feedback is safe HTML:
 * the feedback of the answer given, then the general feedback, each in its own format.
 */
public final class QuizScoring {

    /** Unescaped runs of '*' in an accepted short answer; "\*" is a literal asterisk. */
    private static final Pattern WILDCARD = Pattern.compile("(?<!\\\\)\\*+");

    private QuizScoring() {
    }

    public static Grade grade(QuestionContent q, AttemptLayout layout, JsonNode response) {
        return grade(q, List.of(), q, layout, response);
    }

    /**
     * The grade of a question asked in several languages. Points are the same whatever the learner read: choices,
     * true/false, numbers and matching items are the original's ({@code original}; translations keep them, in
     * order), and a short answer counts when it matches the original's accepted answers or, failing those, a
     * translation's ({@code translations}). The words of the feedback are those of the question as the learner
     * read it ({@code shown}: the original or one of the translations).
     */
    public static Grade grade(QuestionContent original, List<QuestionContent> translations, QuestionContent shown,
            AttemptLayout layout, JsonNode response) {
        QuestionContent q = original;
        if (q.type() == QuestionType.DESCRIPTION) {
            return new Grade(0.0, 0, true, shown.generalFeedbackHtml());
        }
        if (q.type() == QuestionType.ESSAY) {
            return Grade.pending(1, shown.generalFeedbackHtml());
        }
        if (response == null || response.isNull()) {
            return finish(0, shown, "");
        }
        return switch (q.type()) {
            case MULTICHOICE -> {
                int index = layout.choiceIndex(response.asText());
                AnswerData a = index < 0 ? null : q.answers().get(index);
                yield finish(a == null ? 0 : a.fraction(), shown, a == null ? "" : feedback(shown, index, a, q));
            }
            case MULTIANSWER -> {
                double sum = 0;
                List<String> feedback = new ArrayList<>();
                Set<Integer> seen = new HashSet<>();
                for (JsonNode id : response) {
                    int index = layout.choiceIndex(id.asText());
                    if (index >= 0 && seen.add(index)) {
                        sum += q.answers().get(index).fraction();
                        addFeedback(feedback, feedback(shown, index, q.answers().get(index), q));
                    }
                }
                yield finish(sum, shown, String.join(" ", feedback));
            }
            case TRUEFALSE -> {
                String chosen = response.asBoolean() ? "true" : "false";
                int index = indexOf(q.answers(), x -> chosen.equals(x.text()));
                AnswerData a = index < 0 ? null : q.answers().get(index);
                yield finish(a == null ? 0 : a.fraction(), shown, a == null ? "" : feedback(shown, index, a, q));
            }
            case SHORTANSWER -> {
                if (response.asText().isBlank()) {
                    yield finish(0, shown, ""); // Moodle does not grade an empty answer against a "*" catch-all
                }
                Predicate<AnswerData> matches = x -> matchesShortAnswer(x.text(), response.asText());
                AnswerData a = first(q.answers(), matches);
                for (int i = 0; a == null && i < translations.size(); i++) {
                    a = first(translations.get(i).answers(), matches);
                }
                AnswerData inShown = shown.equals(q) ? a : first(shown.answers(), matches);
                String feedback = a == null ? "" : inShown != null ? shown.feedbackHtml(inShown) : q.feedbackHtml(a);
                yield finish(a == null ? 0 : a.fraction(), shown, feedback);
            }
            case NUMERICAL -> {
                double value = response.asDouble();
                int index = indexOf(q.answers(), x -> withinNumerical(x, value));
                AnswerData a = index < 0 ? null : q.answers().get(index);
                yield finish(a == null ? 0 : a.fraction(), shown, a == null ? "" : feedback(shown, index, a, q));
            }
            case MATCHING -> {
                // Only items count; a distractor ("= -> Chat") is one more choice to pick from, not a sub-question.
                List<Integer> items = q.items();
                int right = 0;
                for (int i : items) {
                    JsonNode chosen = response.get(layout.leftId(i));
                    if (chosen != null && q.pairs().get(i).right().equals(layout.rightText(chosen.asText()))) {
                        right++;
                    }
                }
                yield finish(items.isEmpty() ? 0 : (double) right / items.size(), shown, "");
            }
            case DESCRIPTION, ESSAY -> throw new IllegalStateException("Graded above: " + q.type());
        };
    }

    /**
     * An attempt's totals over its questions' grades: points scored and possible, and whether a grade still waits
     * (an essay), in which case it is neither passed nor failed yet.
     */
    public record Totals(double score, double maxScore, boolean pending) {

        /** Stored as numeric(7,3): rounded here the same way, so a result reads back exactly as it was returned. */
        public BigDecimal percent() {
            return BigDecimal.valueOf(maxScore == 0 ? 100 : score * 100 / maxScore).setScale(3, RoundingMode.HALF_UP);
        }

        /** Null while a grade waits. */
        public Boolean passed(int passPercent) {
            return pending ? null : percent().doubleValue() >= passPercent;
        }
    }

    public static Totals totals(List<Grade> grades) {
        double score = 0;
        double max = 0;
        boolean pending = false;
        for (Grade g : grades) {
            max += g.maxPoints();
            if (g.points() == null) {
                pending = true;
            } else {
                score += g.points();
            }
        }
        return new Totals(score, max, pending);
    }

    private static Grade finish(double fraction, QuestionContent q, String answerFeedback) {
        double points = round(Math.max(0, Math.min(1, fraction)));
        List<String> feedback = new ArrayList<>();
        addFeedback(feedback, answerFeedback);
        addFeedback(feedback, q.generalFeedbackHtml());
        return new Grade(points, 1, points >= 1.0, String.join(" ", feedback));
    }

    private static void addFeedback(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
    }

    /** The feedback of answer {@code index} as the learner read it (translations keep the answers' order). */
    private static String feedback(QuestionContent shown, int index, AnswerData original, QuestionContent q) {
        return !shown.equals(q) && index < shown.answers().size()
                ? shown.feedbackHtml(shown.answers().get(index)) : q.feedbackHtml(original);
    }

    private static int indexOf(List<AnswerData> answers, Predicate<AnswerData> matches) {
        for (int i = 0; i < answers.size(); i++) {
            if (matches.test(answers.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Moodle grades short answer and numerical by the first answer, in authored order, that matches. */
    private static AnswerData first(List<AnswerData> answers, Predicate<AnswerData> matches) {
        return answers.stream().filter(matches).findFirst().orElse(null);
    }

    /**
     * Moodle's short answer (case-insensitive, as GIFT imports it): the trimmed response against the whole accepted
     * answer, where a run of {@code *} matches any characters and {@code \*} is a literal asterisk; both in Unicode
     * normal form C.
     */
    static boolean matchesShortAnswer(String accepted, String given) {
        if (accepted == null || given == null) {
            return false;
        }
        String pattern = Normalizer.normalize(accepted, Normalizer.Form.NFC);
        StringBuilder regex = new StringBuilder();
        for (String part : WILDCARD.split(pattern, -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part.replace("\\*", "*")));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(Normalizer.normalize(given, Normalizer.Form.NFC).strip()).matches();
    }

    static boolean withinNumerical(AnswerData a, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return false;
        }
        if (a.matchesAnyNumber()) {
            return true;
        }
        if (a.min() != null && a.max() != null) {
            return value >= a.min() - 1e-9 && value <= a.max() + 1e-9;
        }
        if (a.number() == null) {
            return false;
        }
        double tolerance = a.tolerance() == null ? 0 : Math.abs(a.tolerance());
        return Math.abs(value - a.number()) <= tolerance + 1e-9;
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
