package org.resilib.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.resilib.config.ResilibConfig;

/**
 * Sends what {@link Outbox} holds. Each message is claimed, rendered, sent and marked sent in one transaction of
 * its own ({@code FOR UPDATE SKIP LOCKED}), so several instances drain the table together without sending anything
 * twice, and a message that cannot be sent only delays itself: it is tried again later (after 15 s, 30 s, 1 min ... at most an hour apart, up to
 * {@link #MAX_ATTEMPTS} times) while the rest go out. Runs right after a commit that wrote mail on this instance,
 * when a retry falls due, and on a schedule for everything else (other instances' rows, rows left by a stopped
 * instance).
 *
 * <p>Each message carries a {@code Message-ID} made from its row, so in the one case SMTP cannot rule out (the
 * server accepted the message and the instance died before its commit) the copy sent again is recognisably the same
 * message.
 */
@ApplicationScoped
public class OutboxDrainer {

    static final int MAX_ATTEMPTS = 8;
    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class);

    private final EntityManager em;
    private final ObjectMapper json;
    private final Mailer mailer;
    private final ManagedExecutor executor;
    private final Vertx vertx;
    private final Map<String, MailRenderer> renderers = new HashMap<>();
    private final String domain;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    OutboxDrainer(EntityManager em, ObjectMapper json, Mailer mailer, ManagedExecutor executor, Vertx vertx,
            Instance<MailRenderer> renderers, ResilibConfig config) {
        this.vertx = vertx;
        this.em = em;
        this.json = json;
        this.mailer = mailer;
        this.executor = executor;
        renderers.forEach(r -> this.renderers.put(r.kind(), r));
        String host = URI.create(config.baseUrl()).getHost();
        this.domain = host == null ? "resilib.local" : host;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wake();
    }

    private void wake() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            executor.runAsync(this::loop);
        }
    }

    @Scheduled(every = "${resilib.mail.outbox-check:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            loop();
        }
    }

    /**
     * Sent messages are kept a week (to see what went out), then removed: the outbox is not an archive. Hourly on
     * every instance; deleting what another instance already deleted is harmless.
     */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetSent() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from mail_outbox where sent_at < now() - interval '7 days'").executeUpdate());
    }

    private void loop() {
        do {
            try {
                while (again.getAndSet(false)) {
                    while (sendOne()) {
                        // until nothing is due
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("The mail outbox could not be drained; the next run tries again", e);
            } finally {
                running.set(false);
            }
            // A commit that arrived between the last check and the release above is not left waiting for the tick.
        } while (again.get() && running.compareAndSet(false, true));
    }

    /** Sends every message due now, on the calling thread; returns how many were handled (for tests). */
    public int drainNow() {
        int sent = 0;
        while (sendOne()) {
            sent++;
        }
        return sent;
    }

    private record Claimed(long id, String kind, String payload, int attempts) {
    }

    /** Claims, renders, sends and marks one due message; false when none is due. */
    boolean sendOne() {
        AtomicReference<Claimed> claimed = new AtomicReference<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select id, kind, cast(payload as text), attempts"
                        + " from mail_outbox where sent_at is null and failed_at is null and next_attempt_at <= now()"
                        + " order by next_attempt_at, id limit 1 for update skip locked").getResultList();
                if (rows.isEmpty()) {
                    return;
                }
                Object[] r = rows.get(0);
                Claimed c = new Claimed(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue());
                claimed.set(c);
                send(c);
                em.createNativeQuery("update mail_outbox set sent_at = now(), attempts = attempts + 1,"
                        + " last_error = null where id = ?1").setParameter(1, c.id()).executeUpdate();
            });
        } catch (RuntimeException e) {
            if (claimed.get() == null) {
                throw e; // the claim itself failed: nothing to record against a message
            }
            failed(claimed.get(), e);
        }
        return claimed.get() != null;
    }

    private void send(Claimed c) {
        MailRenderer renderer = renderers.get(c.kind());
        if (renderer == null) {
            throw new IllegalStateException("No renderer for mail of kind " + c.kind());
        }
        JsonNode payload;
        try {
            payload = json.readTree(c.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox payload", e);
        }
        Optional<Mail> mail = renderer.render(payload);
        if (mail.isPresent()) {
            mail.get().addHeader("Message-ID", "<outbox-" + c.id() + "@" + domain + ">");
            Mails.send(mailer, mail.get());
        }
    }

    /** Records a failed attempt in a transaction of its own, and when to try again (or that it gave up). */
    private void failed(Claimed c, RuntimeException e) {
        int attempts = c.attempts() + 1;
        long delaySeconds = Math.min(3600, 15L << Math.min(attempts - 1, 8));
        String error = String.valueOf(e.getMessage());
        LOG.warnf(e, "Mail %d (%s) not sent, attempt %d of %d", c.id(), c.kind(), attempts, MAX_ATTEMPTS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update mail_outbox set attempts = ?2,"
                + " last_error = ?3, next_attempt_at = now() + make_interval(secs => ?4),"
                + " failed_at = case when ?2 >= ?5 then now() end where id = ?1")
                .setParameter(1, c.id()).setParameter(2, attempts)
                .setParameter(3, error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(4, delaySeconds).setParameter(5, MAX_ATTEMPTS).executeUpdate());
        if (attempts < MAX_ATTEMPTS) {
            vertx.setTimer(delaySeconds * 1000 + 100, t -> wake());
        }
    }
}
