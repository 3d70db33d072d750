package org.resilib.quiz.gift;

/**
 * One answer. fraction is -1..1 (Moodle percentage / 100). For NUMERICAL, number+tolerance or min+max are set and
 * text is null. For TRUEFALSE there are exactly two answers with text "true" and "false"; fraction 1 on the correct
 * one, 0 on the other; feedback = what a learner who picks that answer sees.
 */
public record GiftAnswer(String text, double fraction, String feedback, Double number, Double tolerance, Double min,
        Double max) {

    static GiftAnswer choice(String text, double fraction, String feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null, null, null);
    }
}
