package org.resilib.livesession;

import java.time.Instant;
import java.util.Map;

/** A session as an organiser describes it (API body and the scheduling form both become this). */
public record SessionInput(Map<String, String> title, Map<String, String> description, Instant startsAt,
        String timeZone, Integer durationMinutes, Integer capacity, String platform, String joinUrl, String meetingCode,
        String audience, Integer weeks, String courseSlug, Instant registrationOpensAt, Instant registrationClosesAt) {
}
