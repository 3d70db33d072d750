package org.resilib.gift;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers and percentage weights as GIFT writes them. Weights go through BigDecimal so that a written "33.33333"
 * reads back as exactly the same double that produced it.
 */
final class Numbers {

    // Plain decimals only: Double.parseDouble would also take "NaN", "0x1p3" or "5d".
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WEIGHT = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Numbers() {
    }

    static double parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new GiftSyntaxException("invalid number '" + text + "'");
        }
        return Double.parseDouble(text) + 0.0; // + 0.0 turns -0.0 into 0.0, so "-0" equals "0"
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("GIFT cannot write the number " + value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A weight such as "-33.33333" (without the % signs) as a fraction of -1..1. */
    static double parseWeight(String percent) {
        if (!WEIGHT.matcher(percent).matches()) {
            throw new GiftSyntaxException("invalid weight '%" + percent + "%'");
        }
        BigDecimal value = new BigDecimal(percent);
        if (value.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new GiftSyntaxException("weight " + percent + "% is outside -100% to 100%");
        }
        return value.movePointLeft(2).doubleValue() + 0.0;
    }

    static String formatWeight(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
