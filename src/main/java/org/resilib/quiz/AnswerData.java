package org.resilib.quiz;

/** One stored answer of a question version (the JSON shape of {@code question_version.answers}). */
public record AnswerData(String text, double fraction, String feedback, Double number, Double tolerance, Double min,
        Double max) {
}
