package org.resilib.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
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
        return !identity.isAnonymous() && identity.getAttribute(LocalIdentityProviders.PERSON_ID) != null;
    }

    /** The person's id, or null for anonymous visitors. */
    public Long getId() {
        return isSignedIn() ? identity.getAttribute(LocalIdentityProviders.PERSON_ID) : null;
    }

    public long requireId() {
        Long id = getId();
        if (id == null) {
            throw DomainException.forbidden("sign_in_required");
        }
        return id;
    }

    public String getName() {
        return isSignedIn() ? identity.getAttribute(LocalIdentityProviders.DISPLAY_NAME) : "";
    }

    public String getEmail() {
        return isSignedIn() ? identity.getAttribute(LocalIdentityProviders.EMAIL) : "";
    }

    /** The person's time zone for showing times (deadlines, sessions); Asia/Shanghai for visitors. */
    public java.time.ZoneId getZone() {
        String zone = isSignedIn() ? identity.getAttribute(LocalIdentityProviders.TIME_ZONE) : null;
        try {
            return java.time.ZoneId.of(zone == null ? "Asia/Shanghai" : zone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneId.of("Asia/Shanghai");
        }
    }

    /** A moment as the viewer reads it: date and time in their zone, minutes precision. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(getZone()).format(instant);
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
