package org.resilib.quiz.bank;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One stored matching pair; format is null when the left text has the question's format. A pair with nothing on the
 * left is a distractor: its right side is offered among the choices, but there is nothing to match to it.
 */
public record PairData(String left, String right, @JsonInclude(JsonInclude.Include.NON_NULL) String format) {

    public PairData(String left, String right) {
        this(left, right, null);
    }

    public boolean distractor() {
        return left == null || left.isBlank();
    }
}
