package org.resilib.quiz.gift;

import static org.resilib.quiz.gift.Escapes.restore;

/** The value of one numerical answer: "3.14", "3.14:0.01" (value and tolerance) or "1..5" (range). */
final class NumericValue {

    private NumericValue() {
    }

    static GiftAnswer answer(String value, double fraction, String feedback) {
        int range = value.indexOf("..");
        if (range > 0) {
            double min = number(value.substring(0, range));
            double max = number(value.substring(range + 2));
            if (min > max) {
                throw new GiftSyntaxException("range '" + restore(value) + "' has its minimum above its maximum");
            }
            return new GiftAnswer(null, fraction, feedback, null, null, min, max);
        }
        int colon = value.indexOf(':');
        double number = number(colon > 0 ? value.substring(0, colon) : value);
        double tolerance = colon > 0 ? number(value.substring(colon + 1)) : 0;
        if (tolerance < 0) {
            throw new GiftSyntaxException("tolerance in '" + restore(value) + "' must not be negative");
        }
        return new GiftAnswer(null, fraction, feedback, number, tolerance, null, null);
    }

    private static double number(String text) {
        return Numbers.parse(restore(text.trim()));
    }
}
