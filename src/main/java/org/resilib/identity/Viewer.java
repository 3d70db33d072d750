package org.resilib.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.resilib.time.DateTimes;
import org.resilib.time.Zones;
import org.resilib.web.DomainException;
import org.resilib.web.RenderSlots;

/** The person looking at the page, or nobody. Available to templates as {@code inject:viewer}. */
@RequestScoped
@Named("viewer")
public class Viewer {

    private final SecurityIdentity identity;
    private final RenderSlots slots;
    private Seen seen;

    /** What the page needs of the identity, taken once per request (templates ask for it dozens of times). */
    private record Seen(boolean signedIn, Long id, String name, String email, String zone, Set<String> roles) {
    }

    Viewer(SecurityIdentity identity, RenderSlots slots) {
        this.identity = identity;
        this.slots = slots;
    }

    private Seen seen() {
        Seen s = seen;
        if (s == null) {
            Long id = identity.isAnonymous() ? null : identity.getAttribute(IdentityAttributes.PERSON_ID);
            s = id == null ? new Seen(false, null, "", "", null, Set.of())
                    : new Seen(true, id, identity.getAttribute(IdentityAttributes.DISPLAY_NAME),
                            identity.getAttribute(IdentityAttributes.EMAIL),
                            identity.getAttribute(IdentityAttributes.TIME_ZONE), Set.copyOf(identity.getRoles()));
            seen = s;
        }
        return s;
    }

    public boolean isSignedIn() {
        return seen().signedIn();
    }

    /** The person's id, or null for anonymous visitors. */
    public Long getId() {
        return seen().id();
    }

    public long requireId() {
        Long id = getId();
        if (id == null) {
            throw DomainException.forbidden("sign_in_required");
        }
        return id;
    }

    /** The name as pages show it (a hole for it in a page rendered to be shared, see {@code web.PersonalPages}). */
    public String getName() {
        return slots.name(seen().name());
    }

    /** The name itself, for what is not a page (not {@code name()}: templates would read that for {@code name}). */
    public String displayName() {
        return seen().name();
    }

    public String getEmail() {
        return seen().email();
    }

    /** The person's time zone for showing times (deadlines, sessions); the library's default for visitors. */
    public ZoneId getZone() {
        return Zones.orDefault(seen().zone());
    }

    /** A moment as the viewer reads it: date and time in their zone, minutes precision. */
    public String time(Instant instant) {
        return DateTimes.minutes(instant, getZone());
    }

    /** A moment as the viewer reads it, with the zone named: for pages others may read in another zone. */
    public String timeInZone(Instant instant) {
        return DateTimes.minutesInZone(instant, getZone());
    }

    /**
     * What the layout shows of the viewer besides their name (signed in or not, and the roles that choose the
     * navigation), as a value: a key of {@code web.PersonalPages}.
     */
    public Object pageKey() {
        Seen s = seen();
        return s.signedIn() ? s.roles() : Boolean.FALSE;
    }

    public boolean has(Role role) {
        return seen().roles().contains(role.key());
    }

    public boolean isStaff() {
        return has(Role.LIBRARIAN) || has(Role.INSTRUCTOR) || has(Role.EDITOR) || has(Role.ADMIN);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Whether the viewer keeps the emergency guide, the notices and the e-resource directory. */
    public boolean isEditor() {
        return has(Role.EDITOR) || has(Role.ADMIN);
    }

    /** Whether the viewer works at the reference desk. */
    public boolean isLibrarian() {
        return has(Role.LIBRARIAN) || has(Role.ADMIN);
    }

    public boolean isInstructor() {
        return has(Role.INSTRUCTOR) || has(Role.ADMIN);
    }
}
