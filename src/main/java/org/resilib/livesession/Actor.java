package org.resilib.livesession;

import java.time.ZoneId;
import java.util.Locale;
import org.resilib.identity.Viewer;

/**
 * Who asks, as the session rules see them: the person (null when signed out), whether they are library staff, hold
 * the organiser role or are an admin, and the language and zone their views are written in.
 */
public record Actor(Long personId, boolean staff, boolean organiserRole, boolean admin, Locale locale, ZoneId zone) {

    public static Actor of(Viewer viewer, Locale locale) {
        return new Actor(viewer.getId(), viewer.isStaff(), viewer.isInstructor(), viewer.isAdmin(), locale,
                viewer.getZone());
    }

    boolean signedIn() {
        return personId != null;
    }

    /** Organisers may change their own sessions; admins any. */
    boolean mayOrganise(LiveSession s) {
        return admin || (organiserRole && s.organiserId.equals(personId));
    }
}
