package org.resilib.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles of the product brief. A person may hold several. */
public enum Role {
    STUDENT, LIBRARIAN, INSTRUCTOR, EDITOR, ADMIN;

    public static final String STUDENT_NAME = "student";
    public static final String LIBRARIAN_NAME = "librarian";
    public static final String INSTRUCTOR_NAME = "instructor";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    /** The name used in the database, in security annotations and in identity providers' claims. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roles named in a comma-separated list of keys (as {@code string_agg} gives them); unknown keys ignored. */
    public static Set<Role> fromKeys(String keys) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (keys != null) {
            for (String key : keys.split(",")) {
                fromKey(key).ifPresent(roles::add);
            }
        }
        return roles;
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }

    /** Library staff see staff-only courses. */
    public boolean isStaff() {
        return this != STUDENT;
    }

    @Converter
    public static class DbConverter implements AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role == null ? null : role.key();
        }

        @Override
        public Role convertToEntityAttribute(String key) {
            return key == null ? null : fromKey(key).orElseThrow(() -> new IllegalStateException("Unknown role " + key));
        }
    }
}
