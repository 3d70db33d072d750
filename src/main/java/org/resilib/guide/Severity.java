package org.resilib.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a notice interrupts: critical ones on every page until dismissed, important ones on the entry pages. */
public enum Severity {
    INFO, IMPORTANT, CRITICAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
