package org.resilib.people;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.resilib.db.ChangeFeed;

/**
 * Changes to a person (their row or their roles) as the change feed carries them: database triggers (V24) announce
 * every one on {@link #CHANNEL} with the person's id, for every instance; this instance's own are also handed to its
 * subscribers right after the commit, so its next request sees them without waiting for the notification. Entity
 * updates are caught by this listener; code that changes roles or writes people with SQL calls {@link #changed}.
 */
public class PersonChanges {

    /** The notification channel; the payload is the person's id, or {@code *} for everyone. */
    public static final String CHANNEL = "person_changed";

    /** Everyone at once (a truncate). */
    public static final String EVERYONE = "*";

    @PostUpdate
    @PostRemove
    void written(Person person) {
        if (person.id != null) {
            changed(person.id);
        }
    }

    /** The person's account changes in the current transaction (or has just changed, outside one). */
    public static void changed(long personId) {
        Arc.container().instance(ChangeFeed.class).get().afterCommit(CHANNEL, Long.toString(personId));
    }
}
