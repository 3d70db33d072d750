package org.resilib.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;

/** Who a notice is for: everyone (visitors too), signed-in members, students, or library staff. */
public enum NoticeAudience {
    EVERYONE, MEMBERS, STUDENTS, STAFF;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoticeAudience> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
    }

    /** Whether the viewer is in this audience (admins and editors see every notice, to keep them). */
    public boolean includes(Viewer viewer) {
        if (this == EVERYONE || viewer.isEditor()) {
            return true;
        }
        if (!viewer.isSignedIn()) {
            return false;
        }
        return switch (this) {
            case MEMBERS -> true;
            case STUDENTS -> viewer.has(Role.STUDENT);
            case STAFF -> viewer.isStaff();
            default -> true;
        };
    }
}
