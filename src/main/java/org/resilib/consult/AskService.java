package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resilib.identity.Viewer;
import org.resilib.mail.Outbox;
import org.resilib.upload.Upload;
import org.resilib.web.DomainException;
import org.resilib.web.Languages;

/**
 * Asking: a question from the form becomes a thread with its first message, a visitor's with a private link mailed
 * to them; the asker reads it and replies from its page. A visitor reaches a question only with its token, compared
 * in constant time; a wrong one is the same 404 as a question that does not exist.
 */
@ApplicationScoped
public class AskService {

    static final int MAX_BODY = 10_000;
    static final int MAX_SUBJECT = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the form posts. */
    public record AskForm(String category, String subject, String body, String email, String name) {
    }

    /** The question made: where its page is. */
    public record Asked(long id, String token) {
    }

    private final EntityManager em;
    private final Questions questions;
    private final QuestionHistory history;
    private final AddressLimit limit;
    private final Outbox outbox;
    private final ServiceLevels levels;
    private final Attachments attachments;

    AskService(EntityManager em, Questions questions, QuestionHistory history, AddressLimit limit, Outbox outbox,
            ServiceLevels levels, Attachments attachments) {
        this.attachments = attachments;
        this.levels = levels;
        this.em = em;
        this.questions = questions;
        this.history = history;
        this.limit = limit;
        this.outbox = outbox;
    }

    @Transactional
    public Asked ask(AskForm f, Viewer viewer, Locale language) {
        return ask(f, null, viewer, language, "form");
    }

    /** A question from the form with a file (checked already, or null). */
    @Transactional
    public Asked ask(AskForm f, Upload attachment, Viewer viewer, Locale language) {
        return ask(f, attachment, viewer, language, "form");
    }

    /**
     * A question from the form, or the first message of a chat ({@code channel} chat: waiting for a librarian),
     * with its attachment when there is one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Asked ask(AskForm f, Upload attachment, Viewer viewer, Locale language, String channel) {
        Category category = Category.fromKey(f.category() == null ? "" : f.category().strip())
                .orElseThrow(() -> DomainException.badRequest("category", "consult_error_category"));
        String body = f.body() == null ? "" : f.body().strip();
        if (body.isEmpty()) {
            throw DomainException.badRequest("body", "consult_error_body");
        }
        if (body.length() > MAX_BODY) {
            throw DomainException.badRequest("body", "consult_error_too_long");
        }
        String subject = f.subject() == null || f.subject().isBlank() ? firstLine(body) : f.subject().strip();
        if (subject.length() > MAX_SUBJECT) {
            throw DomainException.badRequest("subject", "consult_error_too_long");
        }
        Long personId = viewer.isSignedIn() ? viewer.getId() : null;
        String email = personId != null ? viewer.getEmail() : f.email() == null ? "" : f.email().strip();
        if (personId == null && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
            throw DomainException.badRequest("email", "consult_error_email");
        }
        String name = personId != null ? viewer.getName() : f.name() == null || f.name().isBlank() ? null
                : f.name().strip();
        if (name != null && name.length() > 200) {
            throw DomainException.badRequest("name", "consult_error_too_long");
        }
        if (personId == null) {
            limit.count();
        }
        Asked asked = insert(personId, email, name, language, category, subject, body, channel);
        if (attachment != null) {
            attachments.add(asked.id(), attachment);
        }
        return asked;
    }

    /**
     * A question mailed to the reference address: from that address, in the language its text is in (Chinese
     * when it has Chinese characters), of no topic yet; the sender gets its private link like any visitor.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Asked askByMail(String email, String name, String subject, String body) {
        String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        String title = subject == null || subject.isBlank() ? firstLine(text) : subject.strip();
        Locale language = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return insert(null, email, name == null || name.isBlank() ? null : name.strip().substring(0,
                Math.min(200, name.strip().length())), language, Category.OTHER, title.length() > MAX_SUBJECT
                        ? title.substring(0, MAX_SUBJECT - 1) + "…" : title, text.isBlank() ? "—" : text, "mail");
    }

    /** The asker's reply by mail, added to the thread as one from the question's page is. */
    @Transactional(Transactional.TxType.MANDATORY)
    void replyByMail(Questions.Question q, String body) {
        String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        addReply(q, text.isBlank() ? "—" : text);
    }

    private Asked insert(Long personId, String email, String name, Locale language, Category category, String subject,
            String body, String channel) {
        String token = token();
        boolean chat = "chat".equals(channel);
        long id = ((Number) em.createNativeQuery("insert into consult_question (token, person_id, email, name,"
                + " language, category, subject, channel, chat_state) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                + " cast(?9 as varchar)) returning id").setParameter(1, token).setParameter(2, personId)
                .setParameter(3, email).setParameter(4, name).setParameter(5, Languages.tag(language))
                .setParameter(6, category.key()).setParameter(7, subject).setParameter(8, channel)
                .setParameter(9, chat ? "waiting" : null).getSingleResult()).longValue();
        em.createNativeQuery("insert into consult_message (question_id, from_asker, author_id, body) values (?1, true,"
                + " ?2, ?3)").setParameter(1, id).setParameter(2, personId).setParameter(3, body).executeUpdate();
        levels.start(id, Instant.now());
        history.record(id, personId, "asked", Map.of("channel", channel, "category", category.key()));
        outbox.enqueue(ConsultMail.ASKED, Map.of("question", id));
        return new Asked(id, token);
    }

    /** The question for its asker: the signed-in person who asked it, or anyone holding its token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Questions.Question> forAsker(long id, String token, Viewer viewer) {
        return questions.byId(id).filter(q -> mayRead(q, token, viewer));
    }

    static boolean mayRead(Questions.Question q, String token, Viewer viewer) {
        if (q.personId() != null && viewer.isSignedIn() && q.personId().equals(viewer.getId())) {
            return true;
        }
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                q.token().getBytes(StandardCharsets.UTF_8));
    }

    /** The asker adds to the thread; a question waiting, answered or closed is open again. */
    @Transactional
    public void reply(long id, String token, String text, Viewer viewer) {
        em.createNativeQuery("select id from consult_question where id = ?1 for update").setParameter(1, id)
                .getResultList();
        Questions.Question q = forAsker(id, token, viewer)
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw DomainException.badRequest("body", "consult_error_body");
        }
        if (body.length() > MAX_BODY) {
            throw DomainException.badRequest("body", "consult_error_too_long");
        }
        addReply(q, body);
    }

    private void addReply(Questions.Question q, String body) {
        long id = q.id();
        em.createNativeQuery("insert into consult_message (question_id, from_asker, author_id, body) values (?1, true,"
                + " ?2, ?3)").setParameter(1, id).setParameter(2, q.personId()).setParameter(3, body).executeUpdate();
        String state = q.state() == QuestionState.NEW ? "new" : "open";
        em.createNativeQuery("update consult_question set state = ?2, updated_at = now(), closed_at = null where id"
                + " = ?1").setParameter(1, id).setParameter(2, state).executeUpdate();
        levels.resume(id, Instant.now());
        history.record(id, q.personId(), "asker_replied", q.state() == QuestionState.CLOSED
                ? Map.of("reopened", true) : Map.of());
    }

    private static String firstLine(String body) {
        String line = body.lines().filter(l -> !l.isBlank()).findFirst().orElse(body).strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
