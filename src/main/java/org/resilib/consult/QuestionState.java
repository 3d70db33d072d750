package org.resilib.consult;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a question stands: new (nobody has it), open (a librarian has it), waiting (for the asker), answered,
 * closed. A reply from the asker opens it again.
 */
public enum QuestionState {
    NEW, OPEN, WAITING, ANSWERED, CLOSED;

    public String key() {
        return name().toLowerCase();
    }

    public String messageKey() {
        return "consult_state_" + key();
    }

    public static Optional<QuestionState> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
