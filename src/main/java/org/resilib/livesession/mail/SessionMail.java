package org.resilib.livesession.mail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.resilib.config.ResilibConfig;
import org.resilib.db.SqlArrays;
import org.resilib.livesession.LiveSession;
import org.resilib.livesession.SessionEvent;
import org.resilib.livesession.calendar.CalendarFeed;
import org.resilib.mail.MailRenderer;
import org.resilib.mail.Outbox;
import org.resilib.people.PeopleDirectory;
import org.resilib.time.DateTimes;
import org.resilib.time.Zones;
import org.resilib.web.Languages;

/**
 * Mail to registrants: confirmation (with the .ics), waitlist, promotion, changes, cancellation and reminders, each
 * in the recipient's language and time zone. Queued in the outbox with the change, rendered and sent by the outbox's
 * job.
 */
@ApplicationScoped
public class SessionMail implements MailRenderer {

    static final String KIND = "session";
    private final Outbox outbox;
    private final EntityManager em;
    private final PeopleDirectory people;
    private final String baseUrl;

    SessionMail(Outbox outbox, EntityManager em, PeopleDirectory people, ResilibConfig config) {
        this.outbox = outbox;
        this.em = em;
        this.people = people;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    @CheckedTemplate(basePath = "livesession")
    static class Templates {
        static native TemplateInstance mail(String kind, String title, String when, String url, Integer position,
                String name);

        static native TemplateInstance mail$subject(String kind, String title);
    }

    record Recipient(long id, String email, String name, Locale locale, ZoneId zone, Integer position) {
    }

    /**
     * Puts one message per person in the outbox, in the transaction of the change itself: it goes out if and only if
     * the change commits, once, from whichever instance drains the outbox first.
     */
    void onEvent(@Observes SessionEvent event) {
        enqueue(event.kind().name().toLowerCase(Locale.ROOT), event.sessionId(), event.personIds());
    }

    /** Queues one kind of message about a session for these people; call inside the transaction that decided it. */
    public void enqueue(String kind, long sessionId, List<Long> personIds) {
        for (long person : new LinkedHashSet<>(personIds)) {
            outbox.enqueue(KIND, Map.of("kind", kind, "session", sessionId, "person", person));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The message for one outbox row, rendered when it is sent: the waitlist place and the times are current. */
    @Override
    public Optional<Mail> render(JsonNode payload) {
        String kind = payload.path("kind").asText();
        long sessionId = payload.path("session").asLong();
        LiveSession s = em.find(LiveSession.class, sessionId);
        if (s == null) {
            return Optional.empty();
        }
        return recipients(sessionId, List.of(payload.path("person").asLong())).stream().findFirst().map(r -> {
            String when = DateTimes.minutes(s.startsAt, r.zone()) + " (" + r.zone().getId() + ")";
            String url = baseUrl + "/sessions/" + s.id;
            String subject = Templates.mail$subject(kind, s.title(r.locale())).setLocale(r.locale()).render().strip();
            String body = Templates.mail(kind, s.title(r.locale()), when, url, r.position(), r.name())
                    .setLocale(r.locale()).render();
            Mail mail = Mail.withText(r.email(), subject, body);
            if (!"waitlisted".equals(kind)) {
                byte[] ics = CalendarFeed.write(List.of(s), baseUrl, r.locale(), null, true)
                        .getBytes(StandardCharsets.UTF_8);
                mail.addAttachment("session-" + s.id + ".ics", ics, "text/calendar; method=PUBLISH; charset=UTF-8");
            }
            return mail;
        });
    }

    /** The active ones among these people, in their language and zone, with their waitlist places. */
    List<Recipient> recipients(long sessionId, List<Long> personIds) {
        // Only these people's places, in one statement: loading the whole waitlist for every mail made a busy
        // session's confirmations quadratic and held connections while registrations queued for them.
        Map<Long, Integer> places = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = em.createNativeQuery("select r.person_id, (select count(*) from session_registration w"
                + " where w.session_id = r.session_id and w.status = 'WAITLISTED' and (w.queued_at, w.id) <="
                + " (r.queued_at, r.id)) from session_registration r where r.session_id = ?1 and r.status ="
                + " 'WAITLISTED' and r.person_id = any(cast(?2 as bigint[]))")
                .setParameter(1, sessionId).setParameter(2, SqlArrays.bigints(personIds)).getResultList();
        waiting.forEach(r -> places.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        Map<Long, PeopleDirectory.Contact> contacts = people.byIds(personIds);
        return personIds.stream().distinct().map(contacts::get).filter(c -> c != null && c.active())
                .map(c -> new Recipient(c.id(), c.email(), c.name(),
                        Languages.match(c.locale()).orElse(Languages.DEFAULT), Zones.orDefault(c.timeZone()),
                        places.get(c.id())))
                .toList();
    }
}
