package org.resilib.gift;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a matching question: the item on the left and the answer it matches on the right. A pair with nothing
 * on the left ("= -> Chat") is a distractor, as in Moodle: its right side is one more choice, not an item to match.
 * format is the format of the left text when a marker gave it one other than the question's, else null.
 */
public record MatchPair(String left, String right, @JsonInclude(JsonInclude.Include.NON_NULL) String format) {

    public MatchPair(String left, String right) {
        this(left, right, null);
    }

    /** An extra choice only: nothing to match on the left. */
    public boolean distractor() {
        return left == null || left.isBlank();
    }
}
