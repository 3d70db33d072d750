package org.resilib.survey.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of survey question, by the name a survey file uses. */
public enum QuestionType {
    /** One option; may end with "other, please specify". */
    SINGLE,
    /** Any number of options between {@code min} and {@code max}; may end with "other". */
    MULTIPLE,
    /** One option from a drop-down list. */
    DROPDOWN,
    /** Agreement on a 5- or 7-point scale, for one statement or a matrix of statements sharing the scale. */
    LIKERT,
    /** 1 to 5 stars. */
    RATING,
    /** 0 to 10: how likely the person would recommend; reported as a recommendation score. */
    RECOMMEND,
    /** A number between {@code min} and {@code max}. */
    NUMBER,
    /** A calendar date. */
    DATE,
    /** One line of text. */
    TEXT,
    /** Several lines of text, at most {@code maxLength} characters. */
    LONGTEXT,
    /** The options put in order. */
    RANKING,
    /** Text between questions; nothing to answer. */
    DESCRIPTION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    /** Whether its answer is one or more option ids (and a condition may test it). */
    public boolean isChoice() {
        return this == SINGLE || this == MULTIPLE || this == DROPDOWN;
    }

    /** Whether its options are listed in the file. */
    public boolean hasOptions() {
        return isChoice() || this == RANKING;
    }
}
