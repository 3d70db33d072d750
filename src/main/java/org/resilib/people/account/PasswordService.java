package org.resilib.people.account;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.resilib.audit.AuditLog;
import org.resilib.config.ResilibConfig;
import org.resilib.mail.Mails;
import org.resilib.people.AccessEnded;
import org.resilib.people.Passwords;
import org.resilib.people.Person;
import org.resilib.text.Sha256;
import org.resilib.web.DomainException;

/**
 * Changing a password (knowing the current one) and resetting a forgotten one by an emailed single-use link. Either
 * way the session version is bumped, which ends every open session of the person, and {@link AccessEnded} is fired,
 * which revokes their personal API tokens: a password is changed when someone else may have had the account, and a
 * token that person created must not outlive it.
 */
@ApplicationScoped
public class PasswordService {

    private static final Logger LOG = Logger.getLogger(PasswordService.class);
    private static final int RESET_MAIL_ATTEMPTS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** At most this many reset mails per person per hour, so the form cannot be used to flood a mailbox. */
    static final int RESETS_PER_HOUR = 3;

    private final EntityManager em;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Event<ResetMail> resetMail;
    private final Event<AccessEnded> accessEnded;
    private final Mailer mailer;
    private final ManagedExecutor executor;
    private final Duration validity;
    private final String baseUrl;

    PasswordService(EntityManager em, AuditLog audit, SignInThrottle throttle, Event<ResetMail> resetMail,
            Event<AccessEnded> accessEnded, Mailer mailer, ManagedExecutor executor,
            ResilibConfig config) {
        this.em = em;
        this.audit = audit;
        this.throttle = throttle;
        this.resetMail = resetMail;
        this.accessEnded = accessEnded;
        this.mailer = mailer;
        this.executor = executor;
        this.validity = config.passwordReset().validity();
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    record ResetMail(String email, String name, String locale, String link, long minutes) {
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance resetMail(String name, String link, long minutes);

        static native TemplateInstance resetMail$subject();
    }

    @Transactional
    public void change(long personId, String current, String next) {
        Person p = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.active) {
            throw DomainException.notFound("person");
        }
        if (!Passwords.matches(current == null ? "" : current, p.passwordHash)) {
            throw DomainException.badRequest("currentPassword", "password_current_wrong");
        }
        set(p, next, "newPassword");
        audit.record(p.id, p.email, AuditLog.Action.PASSWORD_CHANGED, "person:" + p.id, Map.of());
        accessEnded.fire(new AccessEnded(p.id, AccessEnded.Reason.PASSWORD_CHANGED));
    }

    /**
     * Sends a reset link when an active account has this email. The answer is the same either way, so the form does
     * not reveal who has an account.
     */
    @Transactional
    public void requestReset(String email, Locale pageLocale) {
        Optional<Person> person = Person.findByEmail(email == null ? "" : email.strip()).filter(p -> p.active);
        if (person.isEmpty()) {
            return;
        }
        Person p = person.get();
        em.createNativeQuery("select id from person where id = ?1 for update").setParameter(1, p.id).getResultList();
        long recent = ((Number) em.createNativeQuery("select count(*) from password_reset where person_id = ?1 and"
                + " created_at > now() - interval '1 hour'").setParameter(1, p.id).getSingleResult()).longValue();
        if (recent >= RESETS_PER_HOUR) {
            return;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("update password_reset set used_at = now() where person_id = ?1 and used_at is null")
                .setParameter(1, p.id).executeUpdate();
        em.createNativeQuery("insert into password_reset (token_hash, person_id, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, hash(token)).setParameter(2, p.id).setParameter(3, Instant.now().plus(validity))
                .executeUpdate();
        audit.record(p.id, p.email, AuditLog.Action.PASSWORD_RESET_REQUESTED, "person:" + p.id, Map.of());
        resetMail.fire(new ResetMail(p.email, p.displayName, p.locale == null ? pageLocale.toLanguageTag() : p.locale,
                baseUrl + "/password/reset?token=" + token, validity.toMinutes()));
    }

    /** Whether a reset link is still usable, for showing the form or a clear message. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usable(String token) {
        return token != null && !em.createNativeQuery("select 1 from password_reset where token_hash = ?1 and used_at"
                + " is null and expires_at > now()").setParameter(1, hash(token)).getResultList().isEmpty();
    }

    @Transactional
    public void reset(String token, String next) {
        @SuppressWarnings("unchecked")
        List<Object> rows = token == null ? List.of() : em.createNativeQuery("select person_id from password_reset"
                + " where token_hash = ?1 and used_at is null and expires_at > now() for update")
                .setParameter(1, hash(token)).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.badRequest("token", "reset_link_invalid");
        }
        Person p = em.find(Person.class, ((Number) rows.get(0)).longValue(),
                LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.active) {
            throw DomainException.badRequest("token", "reset_link_invalid");
        }
        set(p, next, "newPassword");
        em.createNativeQuery("update password_reset set used_at = now() where token_hash = ?1")
                .setParameter(1, hash(token)).executeUpdate();
        throttle.clear(p.email);
        audit.record(p.id, p.email, AuditLog.Action.PASSWORD_RESET, "person:" + p.id, Map.of());
        accessEnded.fire(new AccessEnded(p.id, AccessEnded.Reason.PASSWORD_RESET));
    }

    private void set(Person p, String next, String field) {
        String problem = Passwords.problem(next);
        if (problem != null) {
            throw DomainException.badRequest(field, problem);
        }
        p.passwordHash = Passwords.hash(next);
        p.sessionVersion++;
    }

    /**
     * Sent at once, not through the outbox, since the link holds the reset token, which is kept nowhere but in the
     * mail; a send that fails (a server that drops the connection now and then) is tried twice more.
     */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResetMail m) {
        executor.runAsync(() -> {
            Locale locale = Locale.forLanguageTag(m.locale());
            String subject = Templates.resetMail$subject().setLocale(locale).render().strip();
            String body = Templates.resetMail(m.name(), m.link(), m.minutes()).setLocale(locale).render();
            for (int attempt = 1; attempt <= RESET_MAIL_ATTEMPTS; attempt++) {
                try {
                    Mails.send(mailer, Mail.withText(m.email(), subject, body));
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Could not send the password reset mail (attempt %d of %d)", attempt,
                            RESET_MAIL_ATTEMPTS);
                }
            }
        });
    }


    static String hash(String token) {
        return Sha256.hex(token);
    }
}
