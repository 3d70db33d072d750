package org.resilib.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import org.resilib.time.DateTimes;
import org.resilib.time.Zones;
import org.resilib.web.DomainException;

/** The person looking at the page, or nobody. Available to templates as {@code inject:viewer}. */
@RequestScoped
@Named("viewer")
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous() && identity.getAttribute(IdentityAttributes.PERSON_ID) != null;
    }

    /** The person's id, or null for anonymous visitors. */
    public Long getId() {
        return isSignedIn() ? identity.getAttribute(IdentityAttributes.PERSON_ID) : null;
    }

    public long requireId() {
        Long id = getId();
        if (id == null) {
            throw DomainException.forbidden("sign_in_required");
        }
        return id;
    }

    public String getName() {
        return isSignedIn() ? identity.getAttribute(IdentityAttributes.DISPLAY_NAME) : "";
    }

    public String getEmail() {
        return isSignedIn() ? identity.getAttribute(IdentityAttributes.EMAIL) : "";
    }

    /** The person's time zone for showing times (deadlines, sessions); the library's default for visitors. */
    public ZoneId getZone() {
        return Zones.orDefault(isSignedIn() ? identity.getAttribute(IdentityAttributes.TIME_ZONE) : null);
    }

    /** A moment as the viewer reads it: date and time in their zone, minutes precision. */
    public String time(Instant instant) {
        return DateTimes.minutes(instant, getZone());
    }

    public boolean has(Role role) {
        return isSignedIn() && identity.hasRole(role.key());
    }

    public boolean isStaff() {
        return has(Role.LIBRARIAN) || has(Role.INSTRUCTOR) || has(Role.ADMIN);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isInstructor() {
        return has(Role.INSTRUCTOR) || has(Role.ADMIN);
    }
}
