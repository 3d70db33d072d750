package org.resilib.livesession;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may see a session's join link and meeting code, and when: its organisers always; a confirmed registrant from
 * {@link #VISIBLE_BEFORE} before the start, unless the session is cancelled; nobody else. Pages, the API and
 * anything else that shows a session mask the details through {@link #mask}. The one exception is the confirmed
 * registrant's own calendar feed, whose address is their secret: its entries carry the link and code at once, as a
 * meeting invitation does (CalendarFiles).
 */
final class JoinDetails {

    static final Duration VISIBLE_BEFORE = Duration.ofMinutes(15);

    /** The link and code as they may be shown; both null when hidden. */
    record Shown(String joinUrl, String meetingCode) {
    }

    private JoinDetails() {
    }

    static boolean visible(boolean organiser, boolean cancelled, String myStatus, Instant startsAt, Instant now) {
        if (organiser) {
            return true;
        }
        return !cancelled && Registration.CONFIRMED.equals(myStatus) && !now.isBefore(startsAt.minus(VISIBLE_BEFORE));
    }

    static Shown mask(LiveSession s, boolean organiser, String myStatus, Instant now) {
        return visible(organiser, s.cancelled(), myStatus, s.startsAt, now) ? new Shown(s.joinUrl, s.meetingCode)
                : new Shown(null, null);
    }
}
