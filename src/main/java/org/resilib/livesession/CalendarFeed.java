package org.resilib.livesession;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * RFC 5545 calendars with ical4j: UTC times, a UID that never changes, SEQUENCE bumped on each change and
 * STATUS:CANCELLED for cancelled sessions. The join link is not in the file (it is shown only near the start); the
 * event links to the session page instead.
 */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String write(List<LiveSession> sessions, String baseUrl, Locale locale, String name, boolean request) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Resilib//Live sessions//EN"));
        cal.add(new Version(Version.VALUE_2_0, Version.VALUE_2_0));
        cal.add(new CalScale(CalScale.VALUE_GREGORIAN));
        if (request) {
            cal.add(new Method(Method.VALUE_PUBLISH));
        }
        if (name != null) {
            cal.add(new XProperty("X-WR-CALNAME", name));
        }
        Instant now = Instant.now();
        for (LiveSession s : sessions) {
            VEvent ev = new VEvent(s.startsAt, s.endsAt(), s.title(locale));
            ev.add(new Uid("session-" + s.id + "@resilib"));
            ev.add(new DtStamp(now));
            ev.add(new LastModified(s.updatedAt));
            ev.add(new Sequence(s.sequence));
            ev.add(new Status(s.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            String description = s.description(locale);
            if (description != null && !description.isBlank()) {
                ev.add(new Description(description));
            }
            ev.add(new Url(URI.create(baseUrl + "/sessions/" + s.id)));
            cal.add(ev);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
