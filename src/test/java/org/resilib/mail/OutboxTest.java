package org.resilib.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;

/**
 * The outbox against a real SMTP server: what a committed transaction queued is sent exactly once however many
 * drainers run at the same time, a rolled-back one sends nothing, and a message that cannot be made waits for its
 * retry without holding up the others.
 */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxDrainer drainer;

    @Inject
    EntityManager em;

    @Test
    void eachCommittedMessageIsSentExactlyOnceByConcurrentDrainers() throws Exception {
        String to = "outbox-" + UUID.randomUUID() + "@test.resilib";
        int count = 120;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < count; n++) {
                outbox.enqueue("test", Map.of("to", to, "n", n));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> drains = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drains.add(drainer::drainNow);
        }
        for (Future<Integer> f : pool.invokeAll(drains)) {
            f.get();
        }
        pool.shutdown();
        waitUntil(() -> received(to).size() >= count);
        List<String> subjects = received(to);
        assertThat(subjects).hasSize(count).doesNotHaveDuplicates();
        assertThat(unsent(to)).isZero();
        MimeMessage one = GreenMailResource.mailTo(to, "Outbox test 0");
        assertThat(one.getHeader("Message-ID")[0]).matches("<outbox-\\d+@.+>");
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        String to = "rollback-" + UUID.randomUUID() + "@test.resilib";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.enqueue("test", Map.of("to", to, "n", 1));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change and its mail are gone together
        }
        drainer.drainNow();
        Thread.sleep(500);
        assertThat(received(to)).isEmpty();
        assertThat(rows(to)).isZero();
    }

    @Test
    void aMessageThatCannotBeMadeWaitsForItsRetryWhileTheOthersGoOut() throws Exception {
        String to = "retry-" + UUID.randomUUID() + "@test.resilib";
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue("test", Map.of("to", to, "n", 1, "fail", true));
            outbox.enqueue("test", Map.of("to", to, "n", 2));
            outbox.enqueue("test", Map.of("to", to, "n", 3, "nothing", true));
        });
        drainer.drainNow();
        waitUntil(() -> received(to).size() >= 1);
        assertThat(received(to)).as(() -> "outbox rows: " + describe(to)).containsExactly("Outbox test 2");
        Object[] failed = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select attempts, last_error, next_attempt_at > now(), sent_at is null from mail_outbox"
                        + " where payload ->> 'to' = ?1 and payload ->> 'n' = '1'").setParameter(1, to)
                .getSingleResult());
        // At least one attempt (a slow test mail server may let the 15-second retry run before this check).
        assertThat(((Number) failed[0]).intValue()).isGreaterThanOrEqualTo(1);
        assertThat((String) failed[1]).contains("cannot be made");
        assertThat(failed[2]).isEqualTo(true);
        assertThat(failed[3]).isEqualTo(true);
        // The one with nothing to say counts as done.
        assertThat(unsent(to)).isEqualTo(1);
    }

    private List<String> received(String to) {
        return Arrays.stream(GreenMailResource.smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (MessagingException e) {
                return false;
            }
        }).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String describe(String to) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id, cast(payload as text),"
                + " attempts, sent_at, next_attempt_at, now(), last_error from mail_outbox where payload ->> 'to' = ?1")
                .setParameter(1, to).getResultList().stream().map(r -> Arrays.toString((Object[]) r)).toList()
                .toString());
    }

    private long unsent(String to) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from mail_outbox where payload ->> 'to' = ?1 and sent_at is null")
                .setParameter(1, to).getSingleResult()).longValue());
    }

    private long rows(String to) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from mail_outbox where payload ->> 'to' = ?1").setParameter(1, to)
                .getSingleResult()).longValue());
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }
}
