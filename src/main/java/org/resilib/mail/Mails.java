package org.resilib.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.smallrye.mutiny.TimeoutException;

/**
 * Sends a message, trying once more on a fresh connection when the first attempt fails: mail servers close pooled
 * connections they consider idle (SMTP 421), which is transient by definition. A send that timed out is not tried
 * again here: the server may still accept the first one, and a second would arrive as a copy.
 */
public final class Mails {

    private Mails() {
    }

    public static void send(Mailer mailer, Mail mail) {
        try {
            mailer.send(mail);
        } catch (RuntimeException first) {
            if (first instanceof TimeoutException) {
                throw first;
            }
            try {
                mailer.send(mail);
            } catch (RuntimeException second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }
}
