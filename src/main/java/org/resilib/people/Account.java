package org.resilib.people;

import java.util.Set;
import org.resilib.identity.Role;

/** What the rest of the application needs to know about a signed-in person, detached from the session. */
public record Account(long id, String email, String displayName, Set<Role> roles, String locale, String timeZone,
        int sessionVersion) {

    public static Account of(Person p) {
        return new Account(p.id, p.email, p.displayName, p.roleSet(), p.locale, p.timeZone, p.sessionVersion);
    }
}
