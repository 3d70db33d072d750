package org.resilib.livesession.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.livesession.Audiences;
import org.resilib.livesession.LiveSession;
import org.resilib.livesession.Platform;
import org.resilib.time.DateTimes;
import org.resilib.time.Zones;
import org.resilib.web.DomainException;

/**
 * The scheduling form as posted: times are local to the named zone ({@code datetime-local} inputs). Bean Validation
 * checks the shape of each value; {@link #toInput} reads them and {@link SessionRules} (run by the service) decides
 * what a session must be.
 */
public record SessionForm(
        @RestForm @Size(max = 200, message = "too_long") String title_zh,
        @RestForm @Size(max = 200, message = "too_long") String title_en,
        @RestForm @Size(max = 20000, message = "too_long") String description_zh,
        @RestForm @Size(max = 20000, message = "too_long") String description_en,
        @RestForm @NotBlank(message = "session_time_invalid") @Pattern(regexp = LOCAL, message = "session_time_invalid") String start,
        @RestForm String timeZone,
        @RestForm @Pattern(regexp = NUMBER, message = "invalid_input") String durationMinutes,
        @RestForm @Pattern(regexp = NUMBER, message = "invalid_input") String capacity,
        @RestForm String platform,
        @RestForm String joinUrl,
        @RestForm String meetingCode,
        @RestForm String audience,
        @RestForm @Pattern(regexp = NUMBER, message = "invalid_input") String weeks,
        @RestForm @Size(max = 200, message = "too_long") String courseSlug,
        @RestForm @Pattern(regexp = LOCAL, message = "session_time_invalid") String registrationOpens,
        @RestForm @Pattern(regexp = LOCAL, message = "session_time_invalid") String registrationCloses,
        @RestForm String recordingUrl) {

    /** A {@code datetime-local} value (seconds optional), or nothing. */
    static final String LOCAL = "\\s*(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?)?\\s*";
    /** A whole number of at most nine digits, or nothing. */
    static final String NUMBER = "\\s*(-?\\d{1,9})?\\s*";

    /** The form's input for each field the service names (the API's names): the error is shown on that input. */
    private static final Map<String, String> INPUTS = Map.of("startsAt", "start", "title", "title_zh",
            "registrationOpensAt", "registrationOpens", "registrationClosesAt", "registrationCloses");

    /** The label (an {@code ls:} key) of each input, for the sentence above the form that names the field. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title_zh", "session_title_zh"),
            Map.entry("title_en", "session_title_en"), Map.entry("description_zh", "session_description_zh"),
            Map.entry("description_en", "session_description_en"), Map.entry("start", "session_start_local"),
            Map.entry("timeZone", "session_time_zone"), Map.entry("durationMinutes", "session_duration"),
            Map.entry("capacity", "session_capacity_field"), Map.entry("platform", "session_platform"),
            Map.entry("joinUrl", "session_join_url"), Map.entry("meetingCode", "session_meeting_code_field"),
            Map.entry("audience", "session_audience_field"), Map.entry("weeks", "session_weeks"),
            Map.entry("courseSlug", "session_course"), Map.entry("registrationOpens", "session_registration_opens"),
            Map.entry("registrationCloses", "session_registration_closes"),
            Map.entry("recordingUrl", "session_recording_url"));

    /** The input that shows an error the service raised about this field. */
    static String input(String field) {
        return field == null ? null : INPUTS.getOrDefault(field, field);
    }

    /** The label key of an input, or null for a name the form does not have. */
    static String labelKey(String input) {
        return input == null ? null : LABELS.get(input);
    }

    /** A new session's form: the organiser's zone, an hour, one week. */
    static SessionForm defaults(ZoneId zone) {
        return new SessionForm(null, null, null, null, null, zone.getId(), "60", null, Platform.TENCENT_MEETING.key(),
                null, null, "everyone", "1", null, null, null, null);
    }

    /** The form showing a session as it is, in the session's zone. */
    static SessionForm of(LiveSession s, String courseSlug) {
        ZoneId zone = Zones.orDefault(s.timeZone);
        return new SessionForm(s.title.getOrDefault("zh-CN", ""), s.title.getOrDefault("en", ""),
                s.description.getOrDefault("zh-CN", ""), s.description.getOrDefault("en", ""),
                DateTimes.localInput(s.startsAt, zone), s.timeZone, String.valueOf(s.durationMinutes),
                s.capacity == null ? "" : String.valueOf(s.capacity), s.platform.key(), orEmpty(s.joinUrl),
                orEmpty(s.meetingCode), s.audience.key(), null, courseSlug,
                DateTimes.localInput(s.registrationOpensAt, zone), DateTimes.localInput(s.registrationClosesAt, zone),
                orEmpty(s.recordingUrl));
    }

    /**
     * The session described. Times are read in the named zone; with a zone that is no zone they stay unread, and
     * the rules report the zone.
     */
    SessionInput toInput() {
        ZoneId zone = Zones.valid(timeZone == null ? null : timeZone.strip()) ? ZoneId.of(timeZone.strip()) : null;
        Map<String, String> title = new LinkedHashMap<>();
        putIf(title, "zh-CN", title_zh);
        putIf(title, "en", title_en);
        Map<String, String> description = new LinkedHashMap<>();
        putIf(description, "zh-CN", description_zh);
        putIf(description, "en", description_en);
        return new SessionInput(title, description, local("start", start, zone), timeZone, number(durationMinutes),
                number(capacity), Platform.parse("platform", platform), joinUrl, meetingCode,
                Audiences.parse("audience", audience), number(weeks), courseSlug,
                local("registrationOpens", registrationOpens, zone),
                local("registrationCloses", registrationCloses, zone));
    }

    /** The values to show again in the form's inputs. */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title_zh", title_zh);
        v.put("title_en", title_en);
        v.put("description_zh", description_zh);
        v.put("description_en", description_en);
        v.put("start", start);
        v.put("timeZone", timeZone);
        v.put("durationMinutes", durationMinutes);
        v.put("capacity", capacity);
        v.put("platform", platform);
        v.put("joinUrl", joinUrl);
        v.put("meetingCode", meetingCode);
        v.put("audience", audience);
        v.put("weeks", weeks);
        v.put("courseSlug", courseSlug);
        v.put("registrationOpens", registrationOpens);
        v.put("registrationCloses", registrationCloses);
        v.put("recordingUrl", recordingUrl);
        v.values().removeIf(x -> x == null);
        return v;
    }

    private static Instant local(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank() || zone == null) {
            return null;
        }
        try {
            return ZonedDateTime.of(LocalDateTime.parse(value.strip()), zone).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.badRequest(field, "session_time_invalid");
        }
    }

    private static Integer number(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    private static void putIf(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
