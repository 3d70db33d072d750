package org.resilib.quiz.bank;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One stored answer of a question version (the JSON shape of {@code question_version.answers}). format and
 * feedbackFormat are null when the text has the question's format (and then absent from the JSON).
 */
public record AnswerData(String text, double fraction, String feedback, Double number, Double tolerance, Double min,
        Double max, @JsonInclude(JsonInclude.Include.NON_NULL) String format,
        @JsonInclude(JsonInclude.Include.NON_NULL) String feedbackFormat) {

    public AnswerData(String text, double fraction, String feedback, Double number, Double tolerance, Double min,
            Double max) {
        this(text, fraction, feedback, number, tolerance, min, max, null, null);
    }

    /** The numerical answer that matches any number ({@code *}). */
    public boolean matchesAnyNumber() {
        return number == null && min == null && "*".equals(text);
    }
}
