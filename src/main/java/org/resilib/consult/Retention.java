package org.resilib.consult;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.resilib.config.ResilibConfig;

/**
 * Askers' personal data is kept for {@code resilib.consult.retention} after a question's last change (365 days by
 * default), then forgotten: who asked (account, address, name), the private link, the subject, the whole thread and its attachments
 * go; what the statistics count stays (category, channel, the moments of asking, first response and closing, the
 * READ scale). Each batch is one statement over rows locked with {@code SKIP LOCKED}, so the job does each question
 * once whichever instances run it. The FAQ keeps nothing of the asker from the start.
 */
@ApplicationScoped
public class Retention {

    static final String REMOVED = "—";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Duration retention;

    Retention(EntityManager em, ResilibConfig config) {
        this.em = em;
        this.retention = config.consult().retention();
    }

    @Scheduled(every = "${resilib.consult.retention-check:6h}", delayed = "3m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        forgetExpired(Instant.now());
    }

    /** Forgets the questions last changed before {@code now} minus the retention; returns how many. */
    public int forgetExpired(Instant now) {
        Instant before = now.minus(retention);
        int total = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> forget("updated_at < ?1 and chat_state is"
                    + " distinct from 'active'", before, null, true));
            if (done == 0) {
                return total;
            }
            total += done;
        }
    }

    /**
     * Forgets the asker of every question matching {@code where} (with parameters ?1 and ?2): for the job at most
     * 500 at a time, skipping rows another instance holds; for one person all of theirs. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int forget(String where, Object first, Object second, boolean batch) {
        var select = em.createNativeQuery("select id from consult_question where anonymised_at is null and (" + where
                + ") order by id" + (batch ? " limit 500 for update skip locked" : " for update"))
                .setParameter(1, first);
        if (second != null) {
            select.setParameter(2, second);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = select.getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> questionIds = ids.stream().map(Number::longValue).toList();
        em.createNativeQuery("delete from consult_message where question_id in (?1)").setParameter(1, questionIds)
                .executeUpdate();
        em.createNativeQuery("delete from consult_attachment where question_id in (?1)").setParameter(1, questionIds)
                .executeUpdate();
        for (Number id : ids) {
            em.createNativeQuery("update consult_question set person_id = null, email = null, name = null, token ="
                    + " ?2, subject = ?3, state = 'closed', chat_state = case when chat_state is null then null else"
                    + " 'ended' end, closed_at = coalesce(closed_at, now()), anonymised_at = now() where id = ?1")
                    .setParameter(1, id).setParameter(2, token()).setParameter(3, REMOVED).executeUpdate();
        }
        return ids.size();
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
