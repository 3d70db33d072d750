package org.resilib.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a declared emergency closes or limits. */
public enum ServiceArea {
    BUILDING, LENDING, READING_ROOMS, ON_SITE_HELP;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message naming the area. */
    public String messageKey() {
        return "guide_area_" + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ServiceArea> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
    }
}
