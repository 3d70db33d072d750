package org.resilib.livesession.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC 5545 rules an .ics file from Resilib must keep, checked on its bytes with no iCalendar library:
 * <ol>
 * <li>the file is UTF-8 and every line ends with CRLF (no bare CR or LF anywhere) (§3.1);</li>
 * <li>no physical line is longer than 75 octets, and each one decodes as UTF-8 on its own, so no fold splits the
 * UTF-8 sequence of a character (§3.1);</li>
 * <li>a continuation line starts with one space or tab, the first line is none, no line is empty, and unfolding
 * (removing each CRLF followed by one space or tab) gives content lines {@code NAME *(;param) : value} (§3.1);</li>
 * <li>BEGIN and END pair up, and the file is one or more VCALENDARs, each with exactly one {@code VERSION:2.0} and
 * one PRODID (§3.4, §3.7);</li>
 * <li>each VEVENT has exactly one DTSTAMP, UID and DTSTART, and at most one of the properties that must not occur
 * more than once (§3.6.1), and DTEND after DTSTART;</li>
 * <li>DTSTAMP and LAST-MODIFIED are UTC; DTSTART and DTEND are UTC ({@code ...Z}) or carry a TZID that a VTIMEZONE
 * of the same calendar defines (§3.3.5, §3.2.19).</li>
 * </ol>
 */
final class CalendarRules {

    static final int MAX_OCTETS = 75;
    private static final Pattern CONTENT_LINE = Pattern.compile(
            "([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:,]*)(?:,(?:\"[^\"]*\"|[^\";:,]*))*)*):(.*)",
            Pattern.DOTALL);
    private static final Pattern UTC = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern LOCAL = Pattern.compile("\\d{8}T\\d{6}");
    private static final Pattern TZID = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)");
    private static final Set<String> AT_MOST_ONCE = Set.of("CLASS", "CREATED", "DESCRIPTION", "GEO", "LAST-MODIFIED",
            "LOCATION", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "URL", "RECURRENCE-ID",
            "DTEND", "DURATION");

    /** One unfolded content line. */
    record Line(String name, String params, String value) {
    }

    /** One component with its own properties, in file order. */
    record Component(String name, List<Line> properties, List<Component> children) {
        List<Line> all(String property) {
            return properties.stream().filter(l -> l.name().equals(property)).toList();
        }

        String value(String property) {
            List<Line> lines = all(property);
            assertThat(lines).as(name + " " + property).hasSize(1);
            return lines.get(0).value();
        }

        List<Component> children(String component) {
            return children.stream().filter(c -> c.name().equals(component)).toList();
        }
    }

    private CalendarRules() {
    }

    /** Checks every rule and returns the calendars of the file, unfolded. */
    static List<Component> check(byte[] ics) {
        String text = decode(ics, "the whole file");
        assertThat(text).as("file ends with CRLF").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("no CR or LF outside a CRLF").doesNotContain("\r", "\n");
        List<byte[]> physical = physicalLines(ics);
        for (int i = 0; i < physical.size(); i++) {
            byte[] line = physical.get(i);
            String shown = new String(line, StandardCharsets.UTF_8);
            assertThat(line.length).as("octets of line %d: %s", i + 1, shown).isLessThanOrEqualTo(MAX_OCTETS);
            decode(line, "line " + (i + 1) + " on its own");
            assertThat(line.length).as("line %d is empty", i + 1).isPositive();
        }
        assertThat(physical.get(0)[0]).as("the first line is not a continuation").isNotIn((byte) ' ', (byte) '\t');
        List<Line> lines = unfold(text).stream().map(CalendarRules::parse).toList();
        List<Component> calendars = components(lines);
        assertThat(calendars).as("calendars in the file").isNotEmpty();
        for (Component cal : calendars) {
            assertThat(cal.name()).isEqualTo("VCALENDAR");
            assertThat(cal.all("VERSION")).as("VERSION").extracting(Line::value).containsExactly("2.0");
            assertThat(cal.all("PRODID")).as("PRODID").hasSize(1);
            Set<String> zones = new HashSet<>();
            for (Component tz : cal.children("VTIMEZONE")) {
                zones.add(tz.value("TZID"));
            }
            for (Component event : cal.children("VEVENT")) {
                checkEvent(event, zones);
            }
        }
        return calendars;
    }

    private static void checkEvent(Component event, Set<String> zones) {
        for (String once : List.of("DTSTAMP", "UID", "DTSTART")) {
            assertThat(event.all(once)).as("VEVENT %s", once).hasSize(1);
        }
        for (String name : AT_MOST_ONCE) {
            assertThat(event.all(name)).as("VEVENT %s", name).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(event.all("DTEND").isEmpty() || event.all("DURATION").isEmpty()).as("DTEND and DURATION").isTrue();
        for (String utc : List.of("DTSTAMP", "LAST-MODIFIED")) {
            for (Line l : event.all(utc)) {
                assertThat(l.params()).as(utc).isEmpty();
                assertThat(l.value()).as(utc).matches(UTC);
            }
        }
        for (String time : List.of("DTSTART", "DTEND")) {
            for (Line l : event.all(time)) {
                Matcher tzid = TZID.matcher(l.params());
                if (tzid.find()) {
                    assertThat(zones).as("VTIMEZONE for %s %s", time, l.params()).contains(tzid.group(1)
                            .replace("\"", ""));
                    assertThat(l.value()).as(time).matches(LOCAL);
                } else {
                    assertThat(l.value()).as("%s in UTC", time).matches(UTC);
                }
            }
        }
        if (!event.all("DTEND").isEmpty()) {
            assertThat(event.value("DTEND")).as("DTEND after DTSTART").isGreaterThan(event.value("DTSTART"));
        }
    }

    /** RFC 5545 unfolding: each CRLF followed by one space or tab is removed; the content lines that remain. */
    static List<String> unfold(String text) {
        String joined = text.replaceAll("\r\n[ \t]", "");
        List<String> lines = new ArrayList<>(Arrays.asList(joined.split("\r\n", -1)));
        assertThat(lines.remove(lines.size() - 1)).isEmpty();
        return lines;
    }

    /** The physical lines of the file as bytes, without their CRLF. */
    static List<byte[]> physicalLines(byte[] ics) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < ics.length; i++) {
            if (ics[i] == '\r' && ics[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(ics, start, i));
                start = i + 2;
                i++;
            }
        }
        assertThat(start).as("bytes after the last CRLF").isEqualTo(ics.length);
        return lines;
    }

    /** The unfolded line of this property in the event, escaped as RFC 5545 §3.3.11 asks for TEXT. */
    static String textLine(String property, String value) {
        return property + ":" + value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n");
    }

    private static Line parse(String line) {
        Matcher m = CONTENT_LINE.matcher(line);
        if (!m.matches()) {
            fail("not a content line: " + line);
        }
        return new Line(m.group(1).toUpperCase(), m.group(2), m.group(3));
    }

    private static List<Component> components(List<Line> lines) {
        List<Component> top = new ArrayList<>();
        Deque<Component> open = new ArrayDeque<>();
        for (Line l : lines) {
            if (l.name().equals("BEGIN")) {
                Component c = new Component(l.value().toUpperCase(), new ArrayList<>(), new ArrayList<>());
                if (open.isEmpty()) {
                    top.add(c);
                } else {
                    open.peek().children().add(c);
                }
                open.push(c);
            } else if (l.name().equals("END")) {
                assertThat(open).as("END:%s without BEGIN", l.value()).isNotEmpty();
                assertThat(open.pop().name()).as("END matches BEGIN").isEqualTo(l.value().toUpperCase());
            } else {
                assertThat(open).as("property outside any component: %s", l).isNotEmpty();
                open.peek().properties().add(l);
            }
        }
        assertThat(open).as("components left open").isEmpty();
        return top;
    }

    private static String decode(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(what + " is not valid UTF-8: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }
}
