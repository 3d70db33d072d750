package org.resilib.livesession.scheduling;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.resilib.web.DomainException;

/** What a session must be to be scheduled, and the dates of a weekly series. Pure rules, no database. */
public final class SessionRules {

    static final int MAX_WEEKS = 52;
    static final int MAX_MINUTES = 24 * 60;

    private SessionRules() {
    }

    static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw DomainException.badRequest("timeZone", "session_time_zone_invalid");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw DomainException.badRequest("timeZone", "session_time_zone_invalid");
        }
    }

    static void check(SessionInput in, Instant now, boolean creating) {
        if (in.title() == null || in.title().values().stream().allMatch(t -> t == null || t.isBlank())) {
            throw DomainException.badRequest("title", "required");
        }
        if (in.title().values().stream().anyMatch(t -> t != null && t.length() > 200)) {
            throw DomainException.badRequest("title", "too_long");
        }
        // The zone before the start: a form's local start time has no instant without it.
        zone(in.timeZone());
        if (in.startsAt() == null) {
            throw DomainException.badRequest("startsAt", "required");
        }
        if (creating && in.startsAt().isBefore(now)) {
            throw DomainException.badRequest("startsAt", "session_start_in_past");
        }
        if (in.durationMinutes() == null || in.durationMinutes() <= 0 || in.durationMinutes() > MAX_MINUTES) {
            throw DomainException.badRequest("durationMinutes", "session_duration_invalid");
        }
        if (in.capacity() != null && in.capacity() < 0) {
            throw DomainException.badRequest("capacity", "session_capacity_invalid");
        }
        if (in.platform() == null) {
            throw DomainException.badRequest("platform", "session_platform_invalid");
        }
        if (in.audience() == null) {
            throw DomainException.badRequest("audience", "invalid_audience");
        }
        if (in.joinUrl() != null && !in.joinUrl().isBlank() && !httpUrl(in.joinUrl())) {
            throw DomainException.badRequest("joinUrl", "session_url_invalid");
        }
        if (in.meetingCode() != null && in.meetingCode().length() > 100) {
            throw DomainException.badRequest("meetingCode", "too_long");
        }
        if (in.weeks() != null && (in.weeks() < 1 || in.weeks() > MAX_WEEKS)) {
            throw DomainException.badRequest("weeks", "session_weeks_invalid");
        }
        if (in.registrationOpensAt() != null && in.registrationClosesAt() != null
                && !in.registrationOpensAt().isBefore(in.registrationClosesAt())) {
            throw DomainException.badRequest("registrationClosesAt", "session_window_invalid");
        }
    }

    public static boolean httpUrl(String url) {
        try {
            URI u = URI.create(url.strip());
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && url.length() <= 2000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One start per week at the same local time in the organiser's zone, across daylight-saving changes. */
    static List<Instant> weekly(Instant first, String timeZone, int weeks) {
        ZonedDateTime local = first.atZone(zone(timeZone));
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            starts.add(local.plusWeeks(i).toInstant());
        }
        return starts;
    }
}
