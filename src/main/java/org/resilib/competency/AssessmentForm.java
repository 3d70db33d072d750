package org.resilib.competency;

import jakarta.validation.constraints.Size;

/** An instructor's rating of a person in a competency, with an optional note; the level is checked on the scale. */
public record AssessmentForm(String code, Integer level, @Size(max = 2000, message = "too_long") String note) {
}
