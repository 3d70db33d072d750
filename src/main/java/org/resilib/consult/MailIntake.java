package org.resilib.consult;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.resilib.config.ResilibConfig;

/**
 * Questions by mail: a job reads the reference mailbox over IMAP ({@code resilib.consult.imap.*} from the
 * environment; off while no host is set) and turns each unread message into a question, or into the asker's reply
 * when it names one of theirs (the [#id] of Resilib's subjects, or the Message-ID Resilib sent, and the same sender).
 * Quoted history is cut off; automatic replies, bulk mail and mail from the reference address itself are left
 * alone. Each message is imported by the transaction that records its Message-ID in the ledger, so neither a second
 * reading nor another instance imports it twice; it is then marked read.
 */
@ApplicationScoped
public class MailIntake {

    private static final Logger LOG = Logger.getLogger(MailIntake.class);
    static final int BATCH = 200;

    /** What became of one message. */
    enum Outcome { ASKED, REPLIED, SKIPPED, SEEN_BEFORE }

    private final EntityManager em;
    private final AskService ask;
    private final Questions questions;
    private final ResilibConfig.Imap imap;
    private final String sender;

    MailIntake(EntityManager em, AskService ask, Questions questions, ResilibConfig config,
            @ConfigProperty(name = "quarkus.mailer.from") Optional<String> from) {
        this.em = em;
        this.ask = ask;
        this.questions = questions;
        this.imap = config.consult().imap();
        this.sender = from.map(MailIntake::address).orElse("");
    }

    public boolean configured() {
        return imap.host().filter(h -> !h.isBlank()).isPresent();
    }

    @Scheduled(every = "${resilib.consult.imap.check:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (configured()) {
            fetch();
        }
    }

    /** Reads the unread mail once; returns how many messages became questions or replies. */
    public int fetch() {
        if (!configured()) {
            return 0;
        }
        String protocol = imap.ssl() ? "imaps" : "imap";
        Properties props = new Properties();
        props.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        props.setProperty("mail." + protocol + ".timeout", "30000");
        Session session = Session.getInstance(props);
        int imported = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(imap.host().get(), imap.port(), imap.user().orElse(null), imap.password().orElse(null));
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unread.length && i < BATCH; i++) {
                    Outcome o = take((MimeMessage) unread[i]);
                    if (o == Outcome.ASKED || o == Outcome.REPLIED) {
                        imported++;
                    }
                    unread[i].setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            LOG.warnf("The reference mailbox could not be read: %s", e.getMessage());
        }
        return imported;
    }

    /** Imports one message, once. */
    Outcome take(MimeMessage m) {
        try {
            String from = first(m.getFrom());
            if (from == null || from.equalsIgnoreCase(sender)
                    || imap.address().map(a -> a.equalsIgnoreCase(from)).orElse(false) || automatic(m)) {
                return Outcome.SKIPPED;
            }
            String name = m.getFrom()[0] instanceof InternetAddress ia ? ia.getPersonal() : null;
            String subject = m.getSubject() == null ? "" : m.getSubject().strip();
            String body = ReplyText.strip(text(m));
            String messageId = m.getMessageID() != null ? m.getMessageID().strip()
                    : "<" + digest(from + "|" + m.getSentDate() + "|" + subject + "|" + body) + "@resilib.ledger>";
            OptionalLong named = ReplyText.question(subject, m.getHeader("In-Reply-To", " "),
                    m.getHeader("References", " "));
            return QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Object> fresh = em.createNativeQuery("insert into consult_mail_ledger (message_id) values (?1)"
                        + " on conflict do nothing returning message_id").setParameter(1, cut(messageId, 998))
                        .getResultList();
                if (fresh.isEmpty()) {
                    return Outcome.SEEN_BEFORE;
                }
                Optional<Questions.Question> thread = Optional.empty();
                if (named.isPresent()) {
                    em.createNativeQuery("select id from consult_question where id = ?1 for update")
                            .setParameter(1, named.getAsLong()).getResultList();
                    thread = questions.byId(named.getAsLong()).filter(q -> q.email() != null
                            && q.email().equalsIgnoreCase(from) && !Retention.REMOVED.equals(q.subject()));
                }
                long question;
                Outcome outcome;
                if (thread.isPresent()) {
                    ask.replyByMail(thread.get(), body);
                    question = thread.get().id();
                    outcome = Outcome.REPLIED;
                } else {
                    question = ask.askByMail(from, name, subject.replaceAll("\\[#\\d+]", "").replaceFirst(
                            "(?i)^((re|fwd?|回复|答复|转发)\\s*[:：]\\s*)+", "").strip(), body).id();
                    outcome = Outcome.ASKED;
                }
                em.createNativeQuery("update consult_mail_ledger set question_id = ?2 where message_id = ?1")
                        .setParameter(1, cut(messageId, 998)).setParameter(2, question).executeUpdate();
                return outcome;
            });
        } catch (MessagingException | IOException e) {
            LOG.warnf("A message in the reference mailbox could not be read: %s", e.getMessage());
            return Outcome.SKIPPED;
        }
    }

    /** Out-of-office notices, bounces, lists and bulk mail, which must not become questions (or loops). */
    private static boolean automatic(MimeMessage m) throws MessagingException {
        String auto = m.getHeader("Auto-Submitted", ",");
        if (auto != null && !auto.strip().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = m.getHeader("Precedence", ",");
        return precedence != null && List.of("bulk", "junk", "list", "auto_reply")
                .contains(precedence.strip().toLowerCase(Locale.ROOT)) || m.getHeader("List-Id") != null;
    }

    /** The message's text: its first plain-text part, else its HTML without tags. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multi.getCount(); i++) {
                Part p = multi.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                    continue;
                }
                if (p.isMimeType("text/plain") || p.isMimeType("multipart/*")) {
                    String t = text(p);
                    if (!t.isBlank()) {
                        return t;
                    }
                } else if (html == null && p.isMimeType("text/html")) {
                    html = text(p);
                }
            }
            return html == null ? "" : html;
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n").replaceAll("<[^>]+>", "")
                    .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
        return "";
    }

    private static String first(Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return null;
        }
        return addresses[0] instanceof InternetAddress ia ? ia.getAddress().toLowerCase(Locale.ROOT)
                : addresses[0].toString().toLowerCase(Locale.ROOT);
    }

    private static String address(String from) {
        try {
            return new InternetAddress(from).getAddress().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return from.toLowerCase(Locale.ROOT);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
