package org.resilib.livesession;

import java.time.OffsetDateTime;
import org.resilib.course.Audience;

/**
 * A session as one viewer may see it, for pages and the API alike: texts in the viewer's language, {@code when} in
 * the viewer's zone, the start and end in the session's zone, the viewer's own seat, and the join details and the
 * recording only when the viewer may have them ({@link JoinDetails}, {@link SessionViews#maySeeReplay}).
 */
public record SessionView(long id, String title, String description, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String when, String timeZone, int minutes, Platform platform, Audience audience, Integer capacity,
        int confirmed, int waitlisted, String status, Seat mine, String joinUrl, String meetingCode,
        String recordingUrl, boolean organiser, boolean past, Long seriesId) {

    public boolean cancelled() {
        return LiveSession.CANCELLED.equals(status);
    }

    public boolean full() {
        return capacity != null && confirmed >= capacity;
    }

    public boolean series() {
        return seriesId != null;
    }

    public String myStatus() {
        return mine == null ? null : mine.status();
    }

    public Integer myPosition() {
        return mine == null ? null : mine.position();
    }

    /** Whether the viewer's attendance is recorded. */
    public boolean attended() {
        return mine != null && mine.attended();
    }
}
