package org.resilib.gift;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One answer. fraction is -1..1 (Moodle percentage / 100). For NUMERICAL, number+tolerance or min+max are set and
 * text is null, except for the answer that takes any other number ({@link #ANY_NUMBER}, Moodle's "~#feedback").
 * For TRUEFALSE there are exactly two answers with text "true" and "false"; fraction 1 on the correct one, 0 on the
 * other; feedback = what a learner who picks that answer sees. format and feedbackFormat are the formats of the
 * answer text and of the feedback when a marker gave them one other than the question's, else null (left out of
 * JSON, so that questions without markers keep the content hash they had before formats were kept).
 */
public record GiftAnswer(String text, double fraction, String feedback, Double number, Double tolerance, Double min,
        Double max, @JsonInclude(JsonInclude.Include.NON_NULL) String format,
        @JsonInclude(JsonInclude.Include.NON_NULL) String feedbackFormat) {

    /** The text of the numerical answer that matches any number. */
    public static final String ANY_NUMBER = "*";

    public GiftAnswer(String text, double fraction, String feedback, Double number, Double tolerance, Double min,
            Double max) {
        this(text, fraction, feedback, number, tolerance, min, max, null, null);
    }

    static GiftAnswer choice(String text, double fraction, String feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null, null, null);
    }

    /** A numerical answer that matches any number ("*"). */
    public boolean matchesAnyNumber() {
        return number == null && min == null && ANY_NUMBER.equals(text);
    }

    GiftAnswer withFormats(String format, String feedbackFormat) {
        return new GiftAnswer(text, fraction, feedback, number, tolerance, min, max, format, feedbackFormat);
    }
}
