package org.resilib.guide.emergency;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.resilib.config.ResilibConfig;
import org.resilib.guide.DeclaredEmergency;
import org.resilib.guide.GuideState;
import org.resilib.mail.MailRenderer;
import org.resilib.mail.Outbox;
import org.resilib.people.PeopleDirectory;
import org.resilib.time.DateTimes;
import org.resilib.time.Zones;
import org.resilib.web.Languages;

/**
 * The mail that tells every active person of a declared emergency, once each. Whichever instance claims the
 * declaration's mailing row ({@code FOR UPDATE SKIP LOCKED}) queues the next batch of people into the outbox and
 * moves the row's cursor past them in the same transaction, so a restart or a second instance resumes after the
 * last person queued and nobody is queued twice; the outbox sends each message once. The message is written when
 * sent, in the person's language; an emergency ended meanwhile sends nothing more.
 */
@ApplicationScoped
public class EmergencyMailing implements MailRenderer {

    static final String KIND = "guide_emergency";
    private static final Logger LOG = Logger.getLogger(EmergencyMailing.class);

    private final EntityManager em;
    private final PeopleDirectory people;
    private final Outbox outbox;
    private final GuideState state;
    private final ManagedExecutor executor;
    private final int batch;
    private final boolean atOnce;
    private final String baseUrl;
    private final AtomicBoolean running = new AtomicBoolean();

    EmergencyMailing(EntityManager em, PeopleDirectory people, Outbox outbox, GuideState state, ManagedExecutor executor,
            ResilibConfig config) {
        this.em = em;
        this.people = people;
        this.outbox = outbox;
        this.state = state;
        this.executor = executor;
        this.batch = config.guide().mailingBatch();
        this.atOnce = config.guide().mailingAtOnce();
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance emergencyMail(String title, String message, String expected, String url,
                String name);

        static native TemplateInstance emergencyMail$subject(String title);
    }

    @Scheduled(every = "${resilib.guide.mailing-check:10s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        queueAll();
    }

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmergencyService.MailingStarted started) {
        if (atOnce) {
            executor.runAsync(this::queueAll);
        }
    }

    /** Queues batches until no mailing has people left to queue; returns how many were queued (for tests). */
    public int queueAll() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        int total = 0;
        try {
            int queued;
            while ((queued = queueBatch()) >= 0) {
                total += queued;
            }
        } catch (RuntimeException e) {
            LOG.warn("Queueing an emergency's mail failed; the next run goes on from where it stopped", e);
        } finally {
            running.set(false);
        }
        return total;
    }

    /** Queues one batch of one mailing; -1 when there was none to claim. */
    public int queueBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> claimed = em.createNativeQuery("select m.emergency_id, m.after_person, e.ended_at is not"
                    + " null from emergency_mailing m join emergency e on e.id = m.emergency_id where m.finished_at"
                    + " is null order by m.emergency_id limit 1 for update of m skip locked").getResultList();
            if (claimed.isEmpty()) {
                return -1;
            }
            long emergency = ((Number) claimed.get(0)[0]).longValue();
            long after = ((Number) claimed.get(0)[1]).longValue();
            List<Long> ids = Boolean.TRUE.equals(claimed.get(0)[2]) ? List.of() : people.activeIdsAfter(after, batch);
            for (long person : ids) {
                outbox.enqueue(KIND, Map.of("emergency", emergency, "person", person));
            }
            em.createNativeQuery("update emergency_mailing set after_person = ?2, queued = queued + ?3,"
                    + " finished_at = case when ?4 then now() end where emergency_id = ?1")
                    .setParameter(1, emergency).setParameter(2, ids.isEmpty() ? after : ids.get(ids.size() - 1))
                    .setParameter(3, ids.size()).setParameter(4, ids.size() < batch).executeUpdate();
            return ids.size();
        });
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Nothing is sent for an emergency that has ended, or to a person no longer active. */
    @Override
    public Optional<Mail> render(JsonNode payload) {
        long id = payload.path("emergency").asLong();
        long personId = payload.path("person").asLong();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + GuideState.EMERGENCY_COLUMNS
                + " from emergency where id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DeclaredEmergency e = state.emergency(rows.get(0));
        if (e.endedAt() != null) {
            return Optional.empty();
        }
        return people.byId(personId).filter(PeopleDirectory.Contact::active).map(c -> {
            Locale locale = Languages.match(c.locale()).orElse(Languages.DEFAULT);
            ZoneId zone = Zones.orDefault(c.timeZone());
            String title = e.title(locale);
            String expected = e.expectedEndAt() == null ? null : DateTimes.minutesInZone(e.expectedEndAt(), zone);
            String url = baseUrl + "/guide?lang=" + Languages.tag(locale);
            String subject = Templates.emergencyMail$subject(title).setLocale(locale).render().strip();
            return Mail.withText(c.email(), subject, Templates.emergencyMail(title, e.message(locale), expected, url,
                    c.name()).setLocale(locale).render());
        });
    }
}
