package org.resilib.livesession;

import java.util.List;

/**
 * Something registrants must hear about, fired inside the transaction of the change; its mail is queued in the
 * outbox in that transaction (so a rolled-back change sends nothing, and a committed one is sent once).
 */
public record SessionEvent(Kind kind, long sessionId, List<Long> personIds) {

    public enum Kind { CONFIRMED, WAITLISTED, PROMOTED, CHANGED, CANCELLED }
}
