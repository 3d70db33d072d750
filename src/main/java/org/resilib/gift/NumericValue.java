package org.resilib.gift;

import static org.resilib.gift.Escapes.restore;

/**
 * The value of one numerical answer: "3.14", "3.14:0.01" (value and tolerance), "1..5" (range) or "*" (any
 * number, which Moodle also reads after '=').
 */
final class NumericValue {

    private NumericValue() {
    }

    static GiftAnswer answer(String value, double fraction, String feedback, String feedbackFormat) {
        if (value.equals(GiftAnswer.ANY_NUMBER)) {
            return new GiftAnswer(GiftAnswer.ANY_NUMBER, fraction, feedback, null, null, null, null, null,
                    feedbackFormat);
        }
        int range = value.indexOf("..");
        if (range > 0) {
            double min = number(value.substring(0, range));
            double max = number(value.substring(range + 2));
            if (min > max) {
                throw new GiftSyntaxException("range '" + restore(value) + "' has its minimum above its maximum");
            }
            return new GiftAnswer(null, fraction, feedback, null, null, min, max, null, feedbackFormat);
        }
        int colon = value.indexOf(':');
        double number = number(colon > 0 ? value.substring(0, colon) : value);
        double tolerance = colon > 0 ? number(value.substring(colon + 1)) : 0;
        if (tolerance < 0) {
            throw new GiftSyntaxException("tolerance in '" + restore(value) + "' must not be negative");
        }
        return new GiftAnswer(null, fraction, feedback, number, tolerance, null, null, null, feedbackFormat);
    }

    private static double number(String text) {
        return Numbers.parse(restore(text.trim()));
    }
}
