package org.resilib.course;

import java.util.Arrays;
import java.util.Optional;

/** The three information-literacy dimensions, and new-media skills for librarians. */
public enum Dimension {
    AWARENESS("awareness"), ABILITY("ability"), ETHICS("ethics"), NEW_MEDIA("new-media");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Dimension> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
