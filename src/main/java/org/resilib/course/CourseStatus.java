package org.resilib.course;

import java.util.Arrays;
import java.util.Optional;

public enum CourseStatus {
    PUBLISHED("published"), DRAFT("draft"), ARCHIVED("archived");

    private final String key;

    CourseStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<CourseStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
