package org.resilib.livesession;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.resilib.config.ResilibConfig;
import org.resilib.db.SqlArrays;
import org.resilib.mail.Mails;
import org.resilib.web.Languages;

/**
 * Mails registrants after the change that concerns them has committed: confirmation (with the .ics), waitlist,
 * promotion, changes, cancellation and reminders, each in the recipient's language and time zone.
 */
@ApplicationScoped
public class SessionMail {

    private static final Logger LOG = Logger.getLogger(SessionMail.class);
    private final Mailer mailer;
    private final EntityManager em;
    private final ManagedExecutor executor;
    private final String baseUrl;

    SessionMail(Mailer mailer, EntityManager em, ManagedExecutor executor,
            ResilibConfig config) {
        this.mailer = mailer;
        this.em = em;
        this.executor = executor;
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

    void onEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionEvent event) {
        executor.runAsync(() -> send(event.kind().name().toLowerCase(Locale.ROOT), event.sessionId(),
                event.personIds()));
    }

    /** Sends one kind of message about a session to these people; failures are logged, never thrown at a user. */
    void send(String kind, long sessionId, List<Long> personIds) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                LiveSession s = em.find(LiveSession.class, sessionId);
                for (Recipient r : recipients(sessionId, personIds)) {
                    String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(r.zone()).format(s.startsAt)
                            + " (" + r.zone().getId() + ")";
                    String url = baseUrl + "/sessions/" + s.id;
                    String subject = Templates.mail$subject(kind, s.title(r.locale())).setLocale(r.locale()).render()
                            .strip();
                    String body = Templates.mail(kind, s.title(r.locale()), when, url, r.position(), r.name())
                            .setLocale(r.locale()).render();
                    Mail mail = Mail.withText(r.email(), subject, body);
                    if (!"waitlisted".equals(kind)) {
                        byte[] ics = CalendarFeed.write(List.of(s), baseUrl, r.locale(), null, true)
                                .getBytes(StandardCharsets.UTF_8);
                        mail.addAttachment("session-" + s.id + ".ics", ics, "text/calendar; method=PUBLISH; charset=UTF-8");
                    }
                    Mails.send(mailer, mail);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not send %s mail for session %d", kind, sessionId);
        }
    }

    List<Recipient> recipients(long sessionId, List<Long> personIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.email, p.display_name, p.locale, p.time_zone,"
                + " case when r.status = 'WAITLISTED' then (select count(*) from session_registration w where"
                + " w.session_id = r.session_id and w.status = 'WAITLISTED' and (w.queued_at, w.id) <= (r.queued_at, r.id))"
                + " end from person p left join session_registration r on r.person_id = p.id and r.session_id = ?1"
                + " where p.id = any(cast(?2 as bigint[])) and p.active")
                .setParameter(1, sessionId)
                .setParameter(2, SqlArrays.bigints(personIds))
                .getResultList();
        return rows.stream().map(r -> new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Languages.match((String) r[3]).orElse(Languages.DEFAULT), zone((String) r[4]),
                r[5] == null ? null : ((Number) r[5]).intValue())).toList();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
