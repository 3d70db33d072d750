package org.resilib.livesession;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resilib.HttpSession;
import org.resilib.course.Audience;

/**
 * Live sessions made for one test each: API bodies and calls for tests on real routes, and sessions in memory
 * (never stored) for the rules' unit tests.
 */
public final class SessionFixtures {

    private SessionFixtures() {
    }

    /** A session's API body: an hour on Tencent Meeting for everyone, in Asia/Shanghai, with a join link and code. */
    public static Map<String, Object> session(String title, OffsetDateTime start, Integer capacity) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", Map.of("zh-CN", title + "（中文）", "en", title));
        m.put("description", "Bring your questions.");
        m.put("startsAt", start.toString());
        m.put("timeZone", "Asia/Shanghai");
        m.put("durationMinutes", 60);
        m.put("capacity", capacity);
        m.put("platform", "tencent-meeting");
        m.put("joinUrl", "https://meeting.tencent.com/dm/abc");
        m.put("meetingCode", "123 456 789");
        m.put("audience", "everyone");
        return m;
    }

    /** Now plus some days in China's offset, to the second. */
    public static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).withNano(0);
    }

    /** Schedules the session through the API and returns its id. */
    public static long create(HttpSession organiser, Map<String, Object> body) {
        return organiser.request().contentType("application/json").body(body).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Registers through the API, expecting this status. */
    public static JsonPath register(HttpSession s, long id, int status) {
        return s.request().contentType("application/json").post("/api/v1/sessions/" + id + "/registrations")
                .then().statusCode(status).extract().jsonPath();
    }

    /** The first group of the pattern in the page. */
    public static String value(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /** A scheduled session in memory: 90 minutes from the start, organised by person 1, a join link and a code. */
    public static LiveSession inMemory(long id, String title, Instant start) {
        LiveSession s = new LiveSession();
        s.id = id;
        s.organiserId = 1L;
        s.title = Map.of("zh-CN", title);
        s.description = Map.of();
        s.startsAt = start;
        s.durationMinutes = 90;
        s.timeZone = "Asia/Shanghai";
        s.platform = Platform.ZOOM;
        s.audience = Audience.EVERYONE;
        s.joinUrl = "https://zoom.example.edu/j/1";
        s.meetingCode = "123 456";
        s.status = LiveSession.SCHEDULED;
        return s;
    }

    /** The same session, cancelled. */
    public static LiveSession cancelled(LiveSession s) {
        s.status = LiveSession.CANCELLED;
        return s;
    }
}
