package org.resilib.livesession.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.resilib.course.Audience;
import org.resilib.livesession.Platform;
import org.resilib.web.DomainException;

class SessionRulesTest {

    private static final Instant NOW = Instant.parse("2031-01-01T00:00:00Z");
    private static final Instant START = NOW.plus(3, ChronoUnit.DAYS);

    private static SessionInput valid() {
        return new SessionInput(Map.of("en", "Workshop"), Map.of(), START, "Asia/Shanghai", 60, 10, Platform.ZOOM,
                "https://zoom.example.edu/j/1", "123", Audience.EVERYONE, 1, null, null, null);
    }

    private static SessionInput with(UnaryOperator<Object[]> change) {
        SessionInput v = valid();
        Object[] a = {v.title(), v.description(), v.startsAt(), v.timeZone(), v.durationMinutes(), v.capacity(),
                v.platform(), v.joinUrl(), v.meetingCode(), v.audience(), v.weeks(), v.courseSlug(),
                v.registrationOpensAt(), v.registrationClosesAt()};
        a = change.apply(a);
        @SuppressWarnings("unchecked")
        SessionInput out = new SessionInput((Map<String, String>) a[0], (Map<String, String>) a[1], (Instant) a[2],
                (String) a[3], (Integer) a[4], (Integer) a[5], (Platform) a[6], (String) a[7], (String) a[8],
                (Audience) a[9], (Integer) a[10], (String) a[11], (Instant) a[12], (Instant) a[13]);
        return out;
    }

    private static UnaryOperator<Object[]> set(int i, Object value) {
        return a -> {
            a[i] = value;
            return a;
        };
    }

    private static void refused(SessionInput in, boolean creating, String field, String key) {
        assertThatThrownBy(() -> SessionRules.check(in, NOW, creating)).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void aValidSessionPasses() {
        SessionRules.check(valid(), NOW, true);
    }

    @Test
    void eachRuleNamesItsField() {
        refused(with(set(0, Map.of("en", " "))), true, "title", "required");
        refused(with(set(0, Map.of("en", "x".repeat(201)))), true, "title", "too_long");
        refused(with(set(3, "Mars/Olympus_Mons")), true, "timeZone", "session_time_zone_invalid");
        refused(with(set(2, null)), true, "startsAt", "required");
        refused(with(set(2, NOW.minusSeconds(60))), true, "startsAt", "session_start_in_past");
        refused(with(set(4, 0)), true, "durationMinutes", "session_duration_invalid");
        refused(with(set(4, 24 * 60 + 1)), true, "durationMinutes", "session_duration_invalid");
        refused(with(set(5, -1)), true, "capacity", "session_capacity_invalid");
        refused(with(set(6, null)), true, "platform", "session_platform_invalid");
        refused(with(set(9, null)), true, "audience", "invalid_audience");
        refused(with(set(7, "javascript:alert(1)")), true, "joinUrl", "session_url_invalid");
        refused(with(set(8, "9".repeat(101))), true, "meetingCode", "too_long");
        refused(with(set(10, 53)), true, "weeks", "session_weeks_invalid");
        refused(with(a -> {
            a[12] = START.minusSeconds(60);
            a[13] = START.minusSeconds(3600);
            return a;
        }), true, "registrationClosesAt", "session_window_invalid");
    }

    @Test
    void aZoneThatIsNoZoneIsReportedBeforeTheStart() {
        refused(with(a -> {
            a[2] = null;
            a[3] = "Nowhere/Land";
            return a;
        }), true, "timeZone", "session_time_zone_invalid");
    }

    @Test
    void aChangeMayKeepAStartInThePast() {
        SessionRules.check(with(set(2, NOW.minusSeconds(60))), NOW, false);
    }

    @Test
    void onlyWebLinksAreLinks() {
        assertThat(SessionRules.httpUrl("https://meeting.tencent.com/dm/abc")).isTrue();
        assertThat(SessionRules.httpUrl("http://example.edu/x")).isTrue();
        assertThat(SessionRules.httpUrl("javascript:alert(1)")).isFalse();
        assertThat(SessionRules.httpUrl("https:///nohost")).isFalse();
        assertThat(SessionRules.httpUrl("https://example.edu/" + "a".repeat(2000))).isFalse();
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSaving() {
        List<Instant> starts = SessionRules.weekly(Instant.parse("2031-03-03T15:00:00Z"), "America/New_York", 3);
        assertThat(starts).containsExactly(Instant.parse("2031-03-03T15:00:00Z"),
                Instant.parse("2031-03-10T14:00:00Z"), Instant.parse("2031-03-17T14:00:00Z"));
    }
}
