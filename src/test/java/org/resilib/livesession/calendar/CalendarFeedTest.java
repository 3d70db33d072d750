package org.resilib.livesession.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.livesession.LiveSession;

class CalendarFeedTest {

    private static final String BASE = "https://resilib.example.edu";

    static LiveSession session(long id, String title, String description, Instant start, boolean cancelled) {
        LiveSession s = new LiveSession();
        s.id = id;
        s.title = Map.of("zh-CN", title);
        s.description = description == null ? Map.of() : Map.of("zh-CN", description);
        s.startsAt = start;
        s.durationMinutes = 90;
        s.timeZone = "Asia/Shanghai";
        s.status = cancelled ? LiveSession.CANCELLED : LiveSession.SCHEDULED;
        s.sequence = cancelled ? 3 : 0;
        return s;
    }

    @Test
    void eachEventHasOneDtstampAndTheCalendarOneVersionAndProdid() {
        String title = "信息素养工作坊：中文学术数据库（知网、万方、维普）的高级检索技巧与参考文献管理软件实操 🎓📚";
        String description = "第一部分：检索式构建，布尔逻辑; 截词\\通配符。\n第二部分：用 Zotero 导入题录 😀";
        Instant start = Instant.parse("2031-05-06T02:00:00Z");
        String ics = CalendarFeed.write(List.of(session(7, title, description, start, false),
                session(8, "已取消的讲座", null, start.plusSeconds(86400), true)), BASE, Locale.SIMPLIFIED_CHINESE,
                "Resilib", false);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        List<CalendarRules.Component> calendars = CalendarRules.check(bytes);
        assertThat(calendars).hasSize(1);
        assertThat(calendars.get(0).value("PRODID")).isEqualTo(CalendarFeed.PRODID);
        assertThat(calendars.get(0).all("METHOD")).isEmpty();
        List<CalendarRules.Component> events = calendars.get(0).children("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(CalendarRules.unfold(ics)).contains(CalendarRules.textLine("SUMMARY", title),
                CalendarRules.textLine("DESCRIPTION", description), "DTSTART:20310506T020000Z",
                "DTEND:20310506T033000Z", "STATUS:CANCELLED", "SEQUENCE:3", "UID:session-8@resilib");

        List<VEvent> read = BiweeklyCalendars.read(bytes).get(0).getEvents();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).getSummary().getValue()).isEqualTo(title);
        assertThat(read.get(0).getDescription().getValue()).isEqualTo(description);
        assertThat(read.get(0).getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(read.get(0).getDateEnd().getValue().toInstant()).isEqualTo(start.plusSeconds(90 * 60));
        assertThat(read.get(0).getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(read.get(0).getUrl().getValue()).isEqualTo(BASE + "/sessions/7");
        assertThat(read.get(1).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(read.get(1).getDescription()).isNull();
    }

    @Test
    void theMailAttachmentIsAPublishedCalendar() {
        byte[] bytes = CalendarFeed.write(List.of(session(9, "讲座", null, Instant.parse("2031-05-06T02:00:00Z"),
                false)), BASE, Locale.SIMPLIFIED_CHINESE, null, true).getBytes(StandardCharsets.UTF_8);
        CalendarRules.Component cal = CalendarRules.check(bytes).get(0);
        assertThat(cal.value("METHOD")).isEqualTo("PUBLISH");
        assertThat(cal.all("X-WR-CALNAME")).isEmpty();
        ICalendar read = BiweeklyCalendars.read(bytes).get(0);
        assertThat(read.getMethod().getValue()).isEqualTo("PUBLISH");
    }

    @Test
    void controlCharactersAreDroppedAndEveryLineBreakBecomesOne() {
        String ics = CalendarFeed.write(List.of(session(10, "标题\u0007带响铃\u0000与\u001b转义", "一\r\n二\r三\n四\t制表",
                Instant.parse("2031-05-06T02:00:00Z"), false)), BASE, Locale.SIMPLIFIED_CHINESE, null, false);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        CalendarRules.check(bytes);
        VEvent event = BiweeklyCalendars.read(bytes).get(0).getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("标题带响铃与转义");
        assertThat(event.getDescription().getValue()).isEqualTo("一\n二\n三\n四\t制表");
        assertThat(CalendarFeed.text("a\uD83Db")).isEqualTo("a\uFFFDb");
    }
}
