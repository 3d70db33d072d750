package org.resilib.course;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.resilib.db.ChangeFeed;

/**
 * Tells the change feed when this instance writes a course or a module, so that its own next requests read the
 * content epoch from the database instead of waiting for the notification of the change.
 */
public class ContentWrites {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        Arc.container().instance(ChangeFeed.class).get().contentChangedInThisTransaction();
    }
}
