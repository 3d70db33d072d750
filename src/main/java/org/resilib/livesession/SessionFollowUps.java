package org.resilib.livesession;

import java.util.List;
import java.util.Locale;

/**
 * What other features offer a person whose attendance of a session is recorded (its feedback survey), shown on the
 * session's page. This feature only names the question; the features that have something to offer answer it (the
 * surveys, for a survey that follows sessions), so nothing here depends on them.
 */
public interface SessionFollowUps {

    /** Something to do after a session: where, and what it is called in the reader's language. */
    record Offer(String href, String title) {
    }

    /** The offers for this attended session of this person (nothing they already did); no statement. */
    List<Offer> forAttended(long personId, boolean staff, long sessionId, Locale locale);
}
