package org.resilib.consult;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.resilib.config.ResilibConfig;
import org.resilib.mail.MailRenderer;
import org.resilib.web.Languages;

/**
 * The mail of the consultation service, in the asker's language: the private link of a visitor's question, and each
 * librarian's reply with the thread's address. A reply's mail is made from its message row, which is read with
 * {@code internal = false} in the statement: an internal note cannot be mailed even by mistake in a payload.
 */
@ApplicationScoped
public class ConsultMail {

    public static final String ASKED = "consult-asked";
    public static final String ANSWERED = "consult-answered";

    private final EntityManager em;
    private final Questions questions;
    private final String baseUrl;
    /** Where askers' replies go: the reference mailbox that is read, when there is one. */
    private final Optional<String> replyTo;

    ConsultMail(EntityManager em, Questions questions, ResilibConfig config) {
        this.replyTo = config.consult().imap().address().filter(a -> !a.isBlank());
        this.em = em;
        this.questions = questions;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance askedMail(String subject, String url, boolean visitor);

        static native TemplateInstance askedMail$subject(String subject);

        static native TemplateInstance answeredMail(String subject, String reply, String author, String url);

        static native TemplateInstance answeredMail$subject(String subject);
    }

    /** The address of a question's page for its asker: the private link for a visitor. */
    String link(Questions.Question q, Locale locale) {
        return baseUrl + "/questions/" + q.id() + "?" + (q.personId() == null ? "t=" + q.token() + "&" : "")
                + "lang=" + Languages.tag(locale);
    }

    /**
     * A mail about a question carries a Message-ID that names it, so the asker's reply (In-Reply-To) comes back to
     * the thread, as the [#id] in its subject also does.
     */
    private Mail threaded(Questions.Question q, Mail mail) {
        replyTo.ifPresent(mail::setReplyTo);
        return mail.addHeader("Message-ID", "<consult-" + q.id() + "-" + UUID.randomUUID() + "@resilib>");
    }

    Optional<Mail> asked(JsonNode payload) {
        return questions.byId(payload.path("question").asLong()).filter(q -> q.email() != null).map(q -> {
            Locale locale = Languages.match(q.language()).orElse(Languages.DEFAULT);
            return threaded(q, Mail.withText(q.email(), Templates.askedMail$subject(q.subject()).setLocale(locale)
                    .render().strip() + " " + ReplyText.token(q.id()), Templates.askedMail(q.subject(),
                    link(q, locale), q.personId() == null).setLocale(locale).render()))
                    .addHeader("Auto-Submitted", "auto-replied");
        });
    }

    Optional<Mail> answered(JsonNode payload) {
        long messageId = payload.path("message").asLong();
        return questions.byId(payload.path("question").asLong()).filter(q -> q.email() != null).flatMap(q -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select body, author_id from consult_message where id = ?1"
                    + " and question_id = ?2 and not internal and not from_asker").setParameter(1, messageId)
                    .setParameter(2, q.id()).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Locale locale = Languages.match(q.language()).orElse(Languages.DEFAULT);
            Object author = rows.get(0)[1];
            return Optional.of(threaded(q, Mail.withText(q.email(), Templates.answeredMail$subject(q.subject())
                    .setLocale(locale).render().strip() + " " + ReplyText.token(q.id()), Templates.answeredMail(
                    q.subject(), (String) rows.get(0)[0], author == null ? null : questions.nameOf(((Number) author)
                    .longValue()), link(q, locale)).setLocale(locale).render())));
        });
    }

    /** The private link of a question, mailed when it is asked. */
    @ApplicationScoped
    static class AskedRenderer implements MailRenderer {
        private final ConsultMail mail;

        AskedRenderer(ConsultMail mail) {
            this.mail = mail;
        }

        @Override
        public String kind() {
            return ASKED;
        }

        @Override
        public Optional<Mail> render(JsonNode payload) {
            return mail.asked(payload);
        }
    }

    /** A librarian's reply. */
    @ApplicationScoped
    static class AnsweredRenderer implements MailRenderer {
        private final ConsultMail mail;

        AnsweredRenderer(ConsultMail mail) {
            this.mail = mail;
        }

        @Override
        public String kind() {
            return ANSWERED;
        }

        @Override
        public Optional<Mail> render(JsonNode payload) {
            return mail.answered(payload);
        }
    }
}
