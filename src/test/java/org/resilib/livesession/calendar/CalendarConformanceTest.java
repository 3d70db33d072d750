package org.resilib.livesession.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.resilib.livesession.SessionFixtures.inDays;
import static org.resilib.livesession.SessionFixtures.register;
import static org.resilib.livesession.SessionFixtures.session;

import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;
import org.resilib.livesession.SessionFixtures;

/**
 * The calendar files Resilib really serves and mails (the session's .ics, the personal feed, the mail attachment)
 * keep the rules of {@link CalendarRules} and read back, with biweekly instead of ical4j, as what was entered: long
 * Chinese titles and descriptions with emoji and other 4-octet characters, a cancelled session and a weekly series.
 */
@QuarkusTest
class CalendarConformanceTest {

    /** A session as the organiser entered it (the texts in one language), and the times it must have. */
    record Entered(long id, String title, String description, Instant start, int minutes) {
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String longTitle(String tag) {
        return "信息素养工作坊 " + tag + "：中文学术数据库（知网、万方、维普）的高级检索技巧; 参考文献管理软件 Zotero 与 "
                + "EndNote 实操，兼谈𠮷野家式的生僻字 🎓📚🧑‍💻";
    }

    private static String englishTitle(String tag) {
        return "Information literacy workshop " + tag + ": advanced searching in Chinese databases; citation managers,"
                + " Zotero and EndNote, with a backslash \\ and emoji 🎓";
    }

    private static String longDescription() {
        return "第一部分：检索式的构建——布尔逻辑、截词符与通配符（例如 librar* 与 \\\"精确短语\\\"）；"
                + "第二部分：把检索结果导入文献管理软件并生成符合 GB/T 7714-2015 的参考文献表。\n"
                + "请提前安装 Zotero 😀，并准备好一个你正在写的课题; 现场答疑，欢迎带着问题来！\n"
                + "English summary: advanced searching, citation managers, and Q&A.";
    }

    /** Schedules through the API; returns each session of the series (one unless weeks > 1), in order. */
    private static List<Long> schedule(HttpSession admin, Map<String, String> title, Map<String, String> description,
            OffsetDateTime start, int minutes, String zone, int weeks) {
        Map<String, Object> body = session("unused", start, null);
        body.put("title", title);
        body.put("description", description);
        body.put("durationMinutes", minutes);
        body.put("timeZone", zone);
        body.put("weeks", weeks);
        JsonPath created = admin.request().contentType("application/json").body(body).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath();
        return weeks > 1 ? created.getList("seriesIds", Long.class) : List.of(created.getLong("id"));
    }

    private static Entered schedule(HttpSession admin, String title, OffsetDateTime start, int minutes) {
        long id = schedule(admin, Map.of("zh-CN", title), Map.of("zh-CN", longDescription()), start, minutes,
                "Asia/Shanghai", 1).get(0);
        return new Entered(id, title, longDescription(), start.toInstant(), minutes);
    }

    private static byte[] sessionIcs(long id) {
        return given().get("/sessions/" + id + ".ics").then().statusCode(200)
                .contentType("text/calendar; charset=UTF-8").extract().asByteArray();
    }

    /** Checks every rule, and that biweekly reads one event per session with the texts and times entered. */
    private static Map<String, VEvent> conforming(byte[] ics, List<Entered> sessions, String status) {
        return conforming(ics, sessions, status, false);
    }

    /**
     * As above; {@code withJoin}: the not cancelled sessions' descriptions go on with the join link and meeting code
     * (the confirmed registrant's own feed), and their LOCATION is the link.
     */
    private static Map<String, VEvent> conforming(byte[] ics, List<Entered> sessions, String status,
            boolean withJoin) {
        List<CalendarRules.Component> calendars = CalendarRules.check(ics);
        assertThat(calendars).hasSize(1);
        List<String> lines = CalendarRules.unfold(new String(ics, StandardCharsets.UTF_8));
        for (Entered s : sessions) {
            assertThat(lines).as("unfolded lines of %d", s.id()).contains(CalendarRules.textLine("SUMMARY", s.title()));
            if (!withJoin) {
                assertThat(lines).contains(CalendarRules.textLine("DESCRIPTION", s.description()));
            }
        }
        Map<String, VEvent> events = BiweeklyCalendars.read(ics).get(0).getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
        for (Entered s : sessions) {
            VEvent e = events.get("session-" + s.id() + "@resilib");
            assertThat(e).as("event of session %d", s.id()).isNotNull();
            assertThat(e.getSummary().getValue()).isEqualTo(s.title());
            boolean joins = withJoin && !"CANCELLED".equals(e.getStatus().getValue());
            if (joins) {
                assertThat(e.getDescription().getValue()).startsWith(s.description()).contains("参会链接: https://meeting.tencent.com/dm/abc", "会议号：123 456 789");
                assertThat(e.getLocation().getValue()).isEqualTo("https://meeting.tencent.com/dm/abc");
            } else {
                assertThat(e.getDescription().getValue()).isEqualTo(s.description());
                assertThat(e.getLocation()).isNull();
            }
            assertThat(e.getDateStart().getValue().hasTime()).isTrue();
            assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(s.start());
            assertThat(e.getDateEnd().getValue().toInstant()).isEqualTo(s.start().plusSeconds(60L * s.minutes()));
            if (status != null) {
                assertThat(e.getStatus().getValue()).isEqualTo(status);
            }
        }
        return events;
    }

    /** The .ics of this session attached to a mail of this kind to this person (mail is sent after commit). */
    private static byte[] attachment(String email, String kind, long sessionId) throws Exception {
        for (int i = 0; i < 300; i++) {
            for (MimeMessage m : GreenMailResource.smtp.getReceivedMessages()) {
                if (!m.getAllRecipients()[0].toString().equalsIgnoreCase(email) || !m.getSubject().contains(kind)) {
                    continue;
                }
                MimeMultipart parts = (MimeMultipart) m.getContent();
                for (int p = 0; p < parts.getCount(); p++) {
                    BodyPart part = parts.getBodyPart(p);
                    if (part.getContentType().startsWith("text/calendar")
                            && ("session-" + sessionId + ".ics").equals(part.getFileName())) {
                        assertThat(part.getContentType()).contains("charset=UTF-8");
                        return part.getInputStream().readAllBytes();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail " + kind + " with session-" + sessionId + ".ics to " + email);
    }

    @Test
    void aSessionWithLongChineseTextsAndEmojiInItsOwnFileInBothLanguages() {
        String tag = tag();
        OffsetDateTime start = inDays(21);
        String englishDescription = "Part one: search strategies, truncation; wildcards.\nPart two: citation managers.";
        long id = schedule(HttpSession.admin(), Map.of("zh-CN", longTitle(tag), "en", englishTitle(tag)),
                Map.of("zh-CN", longDescription(), "en", englishDescription), start, 95, "Asia/Shanghai", 1).get(0);
        byte[] ics = sessionIcs(id);
        assertThat(CalendarRules.physicalLines(ics)).as("the long lines were folded")
                .anySatisfy(l -> assertThat(l[0]).isEqualTo((byte) ' '));
        conforming(ics, List.of(new Entered(id, longTitle(tag), longDescription(), start.toInstant(), 95)),
                "CONFIRMED");

        byte[] english = given().get("/sessions/" + id + ".ics?lang=en").then().statusCode(200).extract()
                .asByteArray();
        conforming(english, List.of(new Entered(id, englishTitle(tag), englishDescription, start.toInstant(), 95)),
                "CONFIRMED");
    }

    @Test
    void aCancelledSessionAndAWeeklySeriesInThePersonalFeedAndTheMailAttachments() throws Exception {
        HttpSession admin = HttpSession.admin();
        String tag = tag();
        Entered kept = schedule(admin, longTitle(tag), inDays(22), 60);
        Entered cancelled = schedule(admin, "将被取消的讲座 " + tag + "：" + "图书馆空间与服务设计的新趋势".repeat(4) + " 😢",
                inDays(23), 45);
        String seriesTitle = "每周系列 " + tag + "：科研数据管理与开放科学——从数据管理计划到数据仓储，每周一次 📅";
        List<Long> seriesIds = schedule(admin, Map.of("zh-CN", seriesTitle), Map.of("zh-CN", longDescription()),
                OffsetDateTime.parse("2032-03-08T09:30:00-05:00"), 90, "America/New_York", 3);
        // The same local time each week across the change to daylight-saving time on 14 March 2032.
        List<Instant> starts = List.of(Instant.parse("2032-03-08T14:30:00Z"), Instant.parse("2032-03-15T13:30:00Z"),
                Instant.parse("2032-03-22T13:30:00Z"));
        assertThat(seriesIds).hasSize(3);
        List<Entered> series = List.of(0, 1, 2).stream().map(i -> new Entered(seriesIds.get(i), seriesTitle,
                longDescription(), starts.get(i), 90)).toList();

        HttpSession student = HttpSession.newStudent();
        String email = student.request().get("/api/v1/me").jsonPath().getString("email");
        register(student, kept.id(), 201);
        register(student, cancelled.id(), 201);
        series.forEach(s -> register(student, s.id(), 201));
        admin.request().delete("/api/v1/sessions/" + cancelled.id()).then().statusCode(200);

        // each session's own file
        conforming(sessionIcs(kept.id()), List.of(kept), "CONFIRMED");
        conforming(sessionIcs(cancelled.id()), List.of(cancelled), "CANCELLED");
        for (Entered s : series) {
            conforming(sessionIcs(s.id()), List.of(s), "CONFIRMED");
        }

        // the personal feed: every registered session, the cancelled one marked so
        String page = student.postForm("/me/calendar", "/me/calendar/reset", Map.of()).then().statusCode(200)
                .extract().asString();
        String feedPath = SessionFixtures.value(page, "value=\"https?://[^/\"]+(/me/calendar.ics\\?token=[^\"]+)\"");
        byte[] feed = given().get(feedPath).then().statusCode(200).contentType("text/calendar; charset=UTF-8")
                .extract().asByteArray();
        List<Entered> all = List.of(kept, cancelled, series.get(0), series.get(1), series.get(2));
        // The personal feed is the registrant's secret: confirmed places carry the join link and code, as invitations do.
        Map<String, VEvent> events = conforming(feed, all, null, true);
        assertThat(events).hasSize(5);
        assertThat(all).allSatisfy(s -> assertThat(events.get(uid(s)).getStatus().getValue())
                .isEqualTo(s == cancelled ? "CANCELLED" : "CONFIRMED"));
        assertThat(CalendarRules.check(feed).get(0).value("X-WR-CALNAME")).isEqualTo("Resilib");

        // the mail attachments: each confirmation, and the cancellation carrying the cancelled event
        for (Entered s : all) {
            byte[] confirmation = attachment(email, "报名成功", s.id());
            assertThat(CalendarRules.check(confirmation).get(0).value("METHOD")).isEqualTo("PUBLISH");
            conforming(confirmation, List.of(s), null);
        }
        Map<String, VEvent> cancellation = conforming(attachment(email, "场次已取消", cancelled.id()),
                List.of(cancelled), "CANCELLED");
        assertThat(cancellation.get(uid(cancelled)).getSequence().getValue()).isEqualTo(1);
    }

    private static String uid(Entered s) {
        return "session-" + s.id() + "@resilib";
    }
}
