package org.resilib.livesession.scheduling;

import java.time.Instant;
import java.util.Map;
import org.resilib.course.Audience;
import org.resilib.livesession.Platform;

/**
 * A session as an organiser describes it (the API body and the scheduling form both become this), already parsed:
 * what is missing is null, and {@link SessionRules#check} says what it must be.
 */
public record SessionInput(Map<String, String> title, Map<String, String> description, Instant startsAt,
        String timeZone, Integer durationMinutes, Integer capacity, Platform platform, String joinUrl,
        String meetingCode, Audience audience, Integer weeks, String courseSlug, Instant registrationOpensAt,
        Instant registrationClosesAt) {
}
