package org.resilib;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server in the test JVM (GreenMail); the application sends its mail there. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    public static volatile GreenMail smtp;
    /** The reference mailbox that the consultation service reads over IMAP. */
    public static final String REFERENCE = "reference@test.resilib";
    public static final String REFERENCE_PASSWORD = "reference-secret";

    @Override
    public synchronized Map<String, String> start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup[] {new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            smtp.start();
            smtp.setUser(REFERENCE, REFERENCE, REFERENCE_PASSWORD);
        }
        return Map.ofEntries(Map.entry("quarkus.mailer.mock", "false"), Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort())),
                Map.entry("quarkus.mailer.tls", "false"), Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                Map.entry("resilib.consult.imap.host", "127.0.0.1"),
                Map.entry("resilib.consult.imap.port", String.valueOf(smtp.getImap().getPort())),
                Map.entry("resilib.consult.imap.ssl", "false"), Map.entry("resilib.consult.imap.user", REFERENCE),
                Map.entry("resilib.consult.imap.password", REFERENCE_PASSWORD),
                Map.entry("resilib.consult.imap.address", REFERENCE),
                Map.entry("resilib.consult.imap.check", "off"));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // Shared by every profile of the run; stops with the JVM.
    }

    /** Mail is sent after commit on another thread: polls for up to 30 seconds. */
    public static boolean waitForMail(String to, String subjectPart) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (mailTo(to, subjectPart) != null) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The recipient of every message received whose subject contains the text, one entry per message. */
    public static java.util.List<String> recipientsOf(String subjectPart) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    out.add(m.getAllRecipients()[0].toString().toLowerCase(java.util.Locale.ROOT));
                }
            } catch (Exception e) {
                // skip unreadable message
            }
        }
        return out;
    }

    /** The first message to this address whose subject contains the text, or null. */
    public static MimeMessage mailTo(String to, String subjectPart) {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(to) && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            } catch (Exception e) {
                // skip unreadable message
            }
        }
        return null;
    }
}
