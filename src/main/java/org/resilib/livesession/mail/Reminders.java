package org.resilib.livesession.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reminders 24 hours and 1 hour before a session. Each (session, person, kind) is claimed by inserting its row with
 * ON CONFLICT DO NOTHING: only the instance whose insert succeeds sends it, so it goes out once however many run.
 */
@ApplicationScoped
public class Reminders {

    private final EntityManager em;
    private final SessionMail mail;

    Reminders(EntityManager em, SessionMail mail) {
        this.em = em;
        this.mail = mail;
    }

    @Scheduled(every = "${resilib.sessions.reminder-check:60s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue();
    }

    /** Claims the reminders that are due now and queues their mail; returns how many were claimed. */
    public int sendDue() {
        int sent = 0;
        sent += claimAndSend("24h", "interval '1 hour'", "interval '24 hours'");
        sent += claimAndSend("1h", "interval '0 hours'", "interval '1 hour'");
        return sent;
    }

    /** Claims the due reminders and queues their mail in the same transaction: each goes out once, even if this
     * instance stops right after. */
    private int claimAndSend(String kind, String from, String to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("insert into session_reminder (session_id, person_id, kind)"
                    + " select r.session_id, r.person_id, ?1 from session_registration r join live_session s on"
                    + " s.id = r.session_id where r.status = 'CONFIRMED' and s.status = 'scheduled' and s.starts_at >"
                    + " now() + " + from + " and s.starts_at <= now() + " + to
                    + " on conflict do nothing returning session_id, person_id").setParameter(1, kind).getResultList();
            Map<Long, List<Long>> bySession = new LinkedHashMap<>();
            for (Object[] row : rows) {
                bySession.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                        .add(((Number) row[1]).longValue());
            }
            bySession.forEach((session, people) -> mail.enqueue("reminder_" + kind, session, people));
            return rows.size();
        });
    }
}
