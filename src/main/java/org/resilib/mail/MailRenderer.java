package org.resilib.mail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import java.util.Optional;

/**
 * Turns an outbox row of one kind into the message to send, at the time it is sent (so a waitlist place or a
 * changed start time is current). Implemented by the feature that writes that kind; empty means there is nothing to
 * send any more (the recipient was deactivated, the session deleted), and the row counts as done.
 */
public interface MailRenderer {

    /** The kind this renderer makes mail for, as written by {@link Outbox#enqueue}. */
    String kind();

    Optional<Mail> render(JsonNode payload);
}
