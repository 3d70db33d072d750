package org.resilib.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Where features put the mail a change calls for: a row written in the caller's transaction, so it is sent if and
 * only if the change commits, by {@link OutboxDrainer} on any instance. The payload holds what the renderer of that
 * kind needs to find the rest (ids), never a secret.
 */
@ApplicationScoped
public class Outbox {

    /** Fired with every row written, so this instance sends it right after the commit instead of at the next tick. */
    public record Written() {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<Written> written;

    Outbox(EntityManager em, ObjectMapper json, Event<Written> written) {
        this.em = em;
        this.json = json;
        this.written = written;
    }

    /** Adds one message to send; must run inside the transaction of the change it tells of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String kind, Map<String, ?> payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An outbox payload must be plain JSON values", e);
        }
        em.createNativeQuery("insert into mail_outbox (kind, payload) values (?1, cast(?2 as jsonb))")
                .setParameter(1, kind).setParameter(2, body).executeUpdate();
        written.fire(new Written());
    }
}
