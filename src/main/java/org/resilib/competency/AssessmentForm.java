package org.resilib.competency;

/** An instructor's rating of a person in a competency, with an optional note. */
public record AssessmentForm(String code, String level, String note) {

    static final int NOTE_MAX = 2000;

    Integer levelNumber() {
        return Levels.parse(level);
    }
}
