package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Moodle's grading rules for each question type. Every gradable question is worth one point; a question's points are
 * its fraction clamped to [0, 1] (a wrong multiple-answer pick can cancel a right one but never takes points from
 * other questions). Responses use the ids the learner was shown ({@link AttemptLayout}).
 */
public final class QuizScoring {

    private QuizScoring() {
    }

    public static Grade grade(QuestionContent q, AttemptLayout layout, JsonNode response) {
        double max = q.type().equals("description") ? 0 : 1;
        if (q.type().equals("description")) {
            return new Grade(0.0, 0, true, q.generalFeedback());
        }
        if (q.type().equals("essay")) {
            return Grade.pending(max);
        }
        if (response == null || response.isNull()) {
            return finish(0, q, "");
        }
        return switch (q.type()) {
            case "multichoice" -> {
                int index = layout.choiceIndex(response.asText());
                AnswerData a = index < 0 ? null : q.answers().get(index);
                yield finish(a == null ? 0 : a.fraction(), q, a == null ? "" : a.feedback());
            }
            case "multianswer" -> {
                double sum = 0;
                List<String> feedback = new ArrayList<>();
                Set<Integer> seen = new HashSet<>();
                for (JsonNode id : response) {
                    int index = layout.choiceIndex(id.asText());
                    if (index >= 0 && seen.add(index)) {
                        sum += q.answers().get(index).fraction();
                        addFeedback(feedback, q.answers().get(index).feedback());
                    }
                }
                yield finish(sum, q, String.join(" ", feedback));
            }
            case "truefalse" -> {
                String chosen = response.asBoolean() ? "true" : "false";
                AnswerData a = q.answers().stream().filter(x -> chosen.equals(x.text())).findFirst().orElse(null);
                yield finish(a == null ? 0 : a.fraction(), q, a == null ? "" : a.feedback());
            }
            case "shortanswer" -> {
                AnswerData best = best(q.answers(), a -> matchesShortAnswer(a.text(), response.asText()));
                yield finish(best == null ? 0 : best.fraction(), q, best == null ? "" : best.feedback());
            }
            case "numerical" -> {
                double value = response.asDouble();
                AnswerData best = best(q.answers(), a -> withinNumerical(a, value));
                yield finish(best == null ? 0 : best.fraction(), q, best == null ? "" : best.feedback());
            }
            case "matching" -> {
                int right = 0;
                for (int i = 0; i < q.pairs().size(); i++) {
                    JsonNode chosen = response.get(layout.leftId(i));
                    if (chosen != null && q.pairs().get(i).right().equals(layout.rightText(chosen.asText()))) {
                        right++;
                    }
                }
                yield finish(q.pairs().isEmpty() ? 0 : (double) right / q.pairs().size(), q, "");
            }
            default -> throw new IllegalStateException("Unknown question type " + q.type());
        };
    }

    private static Grade finish(double fraction, QuestionContent q, String answerFeedback) {
        double points = round(Math.max(0, Math.min(1, fraction)));
        List<String> feedback = new ArrayList<>();
        addFeedback(feedback, answerFeedback);
        addFeedback(feedback, q.generalFeedback());
        return new Grade(points, 1, points >= 1.0, String.join(" ", feedback));
    }

    private static void addFeedback(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
    }

    private static AnswerData best(List<AnswerData> answers, java.util.function.Predicate<AnswerData> matches) {
        AnswerData best = null;
        for (AnswerData a : answers) {
            if (matches.test(a) && (best == null || a.fraction() > best.fraction())) {
                best = a;
            }
        }
        return best;
    }

    /** Moodle's short answer: trimmed, case-insensitive, with {@code *} matching any characters. */
    static boolean matchesShortAnswer(String accepted, String given) {
        if (accepted == null || given == null) {
            return false;
        }
        String a = normalise(accepted);
        String g = normalise(given);
        if (!a.contains("*")) {
            return a.equals(g);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : a.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(g).matches();
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean withinNumerical(AnswerData a, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return false;
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
        return BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
