package org.resilib.survey;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.resilib.db.ChangeFeed;

/**
 * Changes to a survey as the change feed carries them: database triggers (V28) announce every one on
 * {@link FollowUpOffers#CHANNEL}, for every instance; this listener hands this instance's own to its subscribers
 * right after the commit, so its next request sees them without waiting for the notification.
 */
public class SurveyChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Survey survey) {
        Arc.container().instance(ChangeFeed.class).get().afterCommit(FollowUpOffers.CHANNEL, "*");
    }
}
