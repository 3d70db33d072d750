package org.resilib.consult;

import java.util.Arrays;
import java.util.Optional;

/** What a question is about, as the asker chooses it; the desk filters and counts by it. */
public enum Category {
    RESOURCES("resources"), E_RESERVES("e-reserves"), DELIVERY("delivery"), RESEARCH("research"),
    COURSES("courses"), OTHER("other");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The message naming it. */
    public String messageKey() {
        return "consult_category_" + key.replace('-', '_');
    }

    public static Optional<Category> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
