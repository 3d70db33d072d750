package org.resilib.livesession.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    private static List<String> physical(String folded) {
        assertThat(folded).endsWith("\r\n");
        return List.of(folded.substring(0, folded.length() - 2).split("\r\n", -1));
    }

    private static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void shortLinesAndALineOfExactly75OctetsStayAsTheyAre() {
        String exact = "SUMMARY:" + "a".repeat(75 - 8);
        String text = "BEGIN:VCALENDAR\r\n" + exact + "\r\n\r\nEND:VCALENDAR\r\n";
        assertThat(ContentLines.fold(text)).isEqualTo(text);
        assertThat(ContentLines.fold("")).isEmpty();
    }

    @Test
    void asciiIsFoldedAt75OctetsWithOneSpaceBeforeEachContinuation() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        List<String> lines = physical(ContentLines.fold(line + "\r\n"));
        assertThat(lines).extracting(String::length).containsExactly(75, 75, 64);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith(" ") && !l.startsWith("  "));
        assertThat(CalendarRules.unfold(ContentLines.fold(line + "\r\n"))).containsExactly(line);
    }

    @Test
    void chineseIsFoldedByOctetsOnCharacterBoundaries() {
        // "SUMMARY:" is 8 octets, then 22 characters of 3 octets fit (74), a 23rd would make 77; a continuation
        // holds its space and 24 characters (73).
        String title = "图书馆数据库检索与参考文献管理工作坊".repeat(5);
        String line = "SUMMARY:" + title;
        String folded = ContentLines.fold(line + "\r\n");
        List<String> lines = physical(folded);
        assertThat(lines.get(0)).isEqualTo("SUMMARY:" + title.substring(0, 22));
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(l -> assertThat(octets(l)).isEqualTo(1 + 24 * 3));
        assertThat(lines).allSatisfy(l -> assertThat(octets(l)).isLessThanOrEqualTo(75));
        assertThat(CalendarRules.unfold(folded)).containsExactly(line);
        CalendarRules.physicalLines(folded.getBytes(StandardCharsets.UTF_8)).forEach(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes));
    }

    @Test
    void fourOctetCharactersAreNeverSplit() {
        // 4-octet characters, and a ZWJ sequence of 4 + 3 + 4 octets that may be folded between its characters.
        String emoji = "😀🎓📚🧑‍💻".repeat(12);
        String line = "SUMMARY:" + emoji;
        String folded = ContentLines.fold(line + "\r\n");
        for (String l : physical(folded)) {
            assertThat(octets(l)).isLessThanOrEqualTo(75);
            assertThat(Character.isLowSurrogate(l.charAt(l.startsWith(" ") ? 1 : 0))).isFalse();
            assertThat(Character.isHighSurrogate(l.charAt(l.length() - 1))).isFalse();
        }
        assertThat(CalendarRules.unfold(folded)).containsExactly(line);
    }

    @Test
    void mixedWidthsFillEachLineAsFarAsTheNextCharacterFits() {
        String line = "DESCRIPTION:Zotero 与 EndNote：😀 " + "é".repeat(40) + " 中文" + "ab😀".repeat(20);
        String folded = ContentLines.fold(line + "\r\n");
        List<String> lines = physical(folded);
        for (int i = 0; i < lines.size() - 1; i++) {
            String next = lines.get(i + 1);
            int firstOfNext = next.codePointAt(1);
            assertThat(octets(lines.get(i)) + ContentLines.octets(firstOfNext)).as("line %d is full", i)
                    .isGreaterThan(75);
        }
        assertThat(CalendarRules.unfold(folded)).containsExactly(line);
    }

    @Test
    void refusesTextThatIsNotCrlfLines() {
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:no line end")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:a\nb\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:a\rb\r\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
