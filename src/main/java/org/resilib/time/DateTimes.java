package org.resilib.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The ways Resilib writes a moment for people, always in a zone given by the caller (the viewer's, or a mail
 * recipient's): pages and mails use these, so every date on the site reads the same.
 */
public final class DateTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The value of an HTML {@code datetime-local} input. */
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private DateTimes() {
    }

    /** Date and time to the minute, e.g. 2026-03-02 14:30; empty for no moment. */
    public static String minutes(Instant instant, ZoneId zone) {
        return instant == null ? "" : MINUTES.withZone(zone).format(instant);
    }

    /** Date and time to the minute with the zone they are in, e.g. 2026-03-02 14:30 (Asia/Shanghai). */
    public static String minutesInZone(Instant instant, ZoneId zone) {
        return instant == null ? "" : minutes(instant, zone) + " (" + zone.getId() + ")";
    }

    /** The time of day, e.g. 14:30. */
    public static String clock(Instant instant, ZoneId zone) {
        return instant == null ? "" : CLOCK.withZone(zone).format(instant);
    }

    /** The time of day with seconds, e.g. 14:30:05 (an autosave's "saved at"). */
    public static String clockSeconds(Instant instant, ZoneId zone) {
        return instant == null ? "" : CLOCK_SECONDS.withZone(zone).format(instant);
    }

    /** A range on one screen line: 2026-03-02 14:30–15:30 (Asia/Shanghai). */
    public static String range(Instant start, Instant end, ZoneId zone) {
        return minutes(start, zone) + "–" + clock(end, zone) + " (" + zone.getId() + ")";
    }

    /** The value for a {@code datetime-local} input showing this moment in the zone. */
    public static String localInput(Instant instant, ZoneId zone) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).format(LOCAL_INPUT);
    }
}
