package org.resilib.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Sends a message, trying once more on a fresh connection when the first attempt fails: mail servers close pooled
 * connections they consider idle (SMTP 421), which is transient by definition.
 */
public final class Mails {

    private Mails() {
    }

    public static void send(Mailer mailer, Mail mail) {
        try {
            mailer.send(mail);
        } catch (RuntimeException first) {
            try {
                mailer.send(mail);
            } catch (RuntimeException second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }
}
