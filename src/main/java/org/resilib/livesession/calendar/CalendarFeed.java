package org.resilib.livesession.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.resilib.livesession.LiveSession;

/**
 * The one writer of RFC 5545 calendars (the session's .ics, the personal feed and the mail attachment): UTC times, a
 * UID that never changes, SEQUENCE bumped on each change and STATUS:CANCELLED for cancelled sessions. ical4j builds
 * and escapes the content lines; {@link ContentLines} folds them by UTF-8 octets. The join link is not in the file
 * (it is shown only near the start); the event links to the session page instead.
 */
public final class CalendarFeed {

    static final String PRODID = "-//Resilib//Live sessions//EN";

    private CalendarFeed() {
    }

    public static String write(List<LiveSession> sessions, String baseUrl, Locale locale, String name, boolean publish) {
        return write(sessions, baseUrl, locale, name, publish, Map.of());
    }

    /**
     * With {@code joinLines} (by session id: the join link and meeting code as lines of text) added to the
     * description of those sessions, and the link as their LOCATION, as a meeting invitation carries them: for the
     * confirmed registrant's own feed only.
     */
    public static String write(List<LiveSession> sessions, String baseUrl, Locale locale, String name, boolean publish,
            Map<Long, JoinLines> joinLines) {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODID));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        if (publish) {
            cal.add(ImmutableMethod.PUBLISH);
        }
        if (name != null) {
            cal.add(new XProperty("X-WR-CALNAME", text(name)));
        }
        Instant now = Instant.now();
        for (LiveSession s : sessions) {
            // Without the DTSTAMP the initialising constructor adds: a VEVENT has exactly one (RFC 5545 §3.6.1).
            VEvent ev = new VEvent(false);
            ev.add(new Uid("session-" + s.id + "@resilib"));
            ev.add(new DtStamp(now));
            ev.add(new DtStart<>(s.startsAt));
            ev.add(new DtEnd<>(s.endsAt()));
            ev.add(new Summary(text(s.title(locale))));
            ev.add(new LastModified(s.updatedAt));
            ev.add(new Sequence(s.sequence));
            ev.add(s.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            String description = s.description(locale);
            JoinLines join = s.cancelled() ? null : joinLines.get(s.id);
            String withJoin = join == null ? description : join.appendTo(description);
            if (withJoin != null && !withJoin.isBlank()) {
                ev.add(new Description(text(withJoin)));
            }
            if (join != null && join.url() != null && !join.url().isBlank()) {
                ev.add(new Location(text(join.url())));
            }
            ev.add(new Url(URI.create(baseUrl + "/sessions/" + s.id)));
            cal.add(ev);
        }
        return ContentLines.fold(cal.toString());
    }

    /** The join details of one session for one person, with their labels in the person's language. */
    public record JoinLines(String urlLabel, String url, String codeLine) {
        String appendTo(String description) {
            StringBuilder out = new StringBuilder(description == null ? "" : description.strip());
            if (url != null && !url.isBlank()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(urlLabel).append(": ").append(url);
            }
            if (codeLine != null && !codeLine.isBlank()) {
                out.append(out.length() == 0 ? "" : "\n").append(codeLine);
            }
            return out.toString();
        }
    }

    /**
     * A TEXT value as RFC 5545 allows it: any line break becomes LF (which ical4j writes as {@code \n}), the other
     * control characters but tab are dropped, and a lone surrogate, which has no UTF-8 form, becomes U+FFFD.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        int i = 0;
        while (i < lines.length()) {
            int c = lines.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.SURROGATE) {
                out.append('\uFFFD');
            } else if (c == '\t' || c == '\n' || (c >= 0x20 && c != 0x7F)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
