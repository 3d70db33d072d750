package org.resilib.course;

import java.util.regex.Pattern;

/** A course or module slug: lower-case letters, digits and single hyphens, starting with a letter. */
public record CourseSlug(String value) {

    private static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final int MIN = 3;
    public static final int MAX = 64;

    public CourseSlug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid slug: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() >= MIN && value.length() <= MAX && PATTERN.matcher(value).matches();
    }

    /** Module slugs may be shorter (e.g. "intro" or "qa"). */
    public static boolean isValidModuleSlug(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX
                && Pattern.matches("[a-z0-9]+(-[a-z0-9]+)*", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
