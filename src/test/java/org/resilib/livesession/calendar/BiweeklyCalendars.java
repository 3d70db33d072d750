package org.resilib.livesession.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads .ics files with biweekly, a parser independent of ical4j, as strictly as it goes: a parse warning or a
 * validation warning for iCalendar 2.0 fails the test.
 */
final class BiweeklyCalendars {

    private BiweeklyCalendars() {
    }

    static List<ICalendar> read(byte[] ics) {
        List<ICalendar> calendars = new ArrayList<>();
        try (ICalReader reader = new ICalReader(new String(ics, StandardCharsets.UTF_8))) {
            ICalendar cal;
            while ((cal = reader.readNext()) != null) {
                assertThat(reader.getWarnings()).as("biweekly parse warnings").isEmpty();
                ValidationWarnings warnings = cal.validate(ICalVersion.V2_0);
                assertThat(warnings.isEmpty()).as("biweekly validation warnings: %s", warnings).isTrue();
                assertThat(cal.getVersion()).isEqualTo(ICalVersion.V2_0);
                calendars.add(cal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(calendars).as("calendars biweekly read").isNotEmpty();
        return calendars;
    }
}
