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

    @Override
    public synchronized Map<String, String> start() {
        if (smtp == null) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()), "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
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
