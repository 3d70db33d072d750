package org.resilib.course;

import java.util.Arrays;
import java.util.Optional;

/** Who a course is for. Courses for librarians are staff-only. */
public enum Audience {
    STUDENTS("students"), LIBRARIANS("librarians"), EVERYONE("everyone");

    private final String key;

    Audience(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean staffOnly() {
        return this == LIBRARIANS;
    }

    public static Optional<Audience> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
