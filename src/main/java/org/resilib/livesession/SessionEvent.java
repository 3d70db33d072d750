package org.resilib.livesession;

import java.util.List;

/**
 * Something registrants must hear about, fired inside the transaction and mailed after it commits (so a rolled-back
 * change sends nothing).
 */
public record SessionEvent(Kind kind, long sessionId, List<Long> personIds) {

    public enum Kind { CONFIRMED, WAITLISTED, PROMOTED, CHANGED, CANCELLED }
}
