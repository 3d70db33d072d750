package org.resilib.people.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.resilib.audit.AuditLog;
import org.resilib.identity.Role;
import org.resilib.people.Account;
import org.resilib.people.NewAccountRules;
import org.resilib.people.Passwords;
import org.resilib.people.Person;
import org.resilib.people.PersonChanges;
import org.resilib.web.DomainException;

/**
 * Signing in: local password checks, the person an identity provider vouches for, self-registration and the first
 * admin. What admins do with people is {@code PeopleService}'s.
 */
@ApplicationScoped
public class AccountService {

    private final EntityManager em;

    private final AuditLog audit;
    private final Validator validator;

    AccountService(EntityManager em, AuditLog audit, Validator validator) {
        this.validator = validator;
        this.em = em;
        this.audit = audit;
    }

    @ActivateRequestContext
    public Optional<Account> authenticate(String email, String password) {
        Optional<Person> person = Person.findByEmail(email == null ? "" : email);
        String hash = person.filter(p -> p.active).map(p -> p.passwordHash).orElse(null);
        if (!Passwords.matches(password, hash)) {
            return Optional.empty();
        }
        return person.map(Account::of);
    }

    @ActivateRequestContext
    public Optional<Account> findActive(String email) {
        return Person.findByEmail(email).filter(p -> p.active).map(Account::of);
    }

    /**
     * The active person behind a session cookie, read on every signed-in request: one statement, a projection
     * (nothing hydrated or dirty-checked).
     */
    @ActivateRequestContext
    public Optional<Account> findActive(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.email, p.display_name, p.locale, p.time_zone,"
                + " p.session_version, string_agg(r.role, ',') from person p left join person_role r"
                + " on r.person_id = p.id where p.id = ?1 and p.active group by p.id").setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Account(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], Role.fromKeys((String) r[6]), (String) r[3], (String) r[4], ((Number) r[5]).intValue()));
    }

    /** What the identity provider says about a person at sign-in. */
    public record SsoClaims(String subject, String email, boolean emailVerified, String name, String locale,
            Set<Role> roles) {
    }

    /**
     * Finds or creates the person an identity provider vouches for and refreshes their name and roles from it. A
     * local account with the same email is linked only when the provider has verified the address; the provider's
     * roles replace the person's roles (an empty mapping gives student).
     */
    @Transactional
    public Account provision(SsoClaims c) {
        Person p = Person.<Person>find("oidcSubject", c.subject()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (p == null) {
            Optional<Person> sameEmail = Person.findByEmail(c.email());
            if (sameEmail.isPresent()) {
                if (!c.emailVerified() || sameEmail.get().oidcSubject != null) {
                    throw DomainException.conflict("email", "sso_email_taken");
                }
                p = sameEmail.get();
            } else {
                p = new Person();
                p.email = c.email();
                p.displayName = c.name();
                p.locale = c.locale();
            }
            p.oidcSubject = c.subject();
            audit.record(null, c.email(), AuditLog.Action.SSO_LINKED, "person:" + c.email(), Map.of(
                    "subject", c.subject()));
        }
        if (!p.active) {
            throw DomainException.forbidden("account_inactive");
        }
        Set<Role> roles = c.roles().isEmpty() ? EnumSet.of(Role.STUDENT) : EnumSet.copyOf(c.roles());
        Set<Role> before = p.roleSet();
        if (c.name() != null && !c.name().isBlank() && !c.name().equals(p.displayName)) {
            p.displayName = c.name().length() > 120 ? c.name().substring(0, 120) : c.name();
        }
        if (!before.equals(roles)) {
            p.roles.clear();
            p.roles.addAll(roles);
            if (p.id != null) {
                PersonChanges.changed(p.id);
            }
            if (p.id != null) {
                audit.record(null, p.email, AuditLog.Action.ROLES_CHANGED, "person:" + p.id, Map.of(
                        "before", before.stream().map(Role::key).sorted().toList(),
                        "after", roles.stream().map(Role::key).sorted().toList(), "source", "sso"));
            }
        }
        p.persist();
        return Account.of(p);
    }

    /** Self-registration: a new student account. */
    @Transactional
    public Account register(RegistrationForm form) {
        NewAccountRules.check(validator, form, form.password());
        if (Person.findByEmail(form.email()).isPresent()) {
            throw DomainException.conflict("email", "email_taken");
        }
        Person p = Person.local(form.email(), form.displayName(), form.password(), Set.of(Role.STUDENT));
        p.locale = form.locale();
        try {
            p.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw DomainException.conflict("email", "email_taken");
            }
            throw e;
        }
        return Account.of(p);
    }

    /** Creates the first admin when no admin exists. Serialised by an advisory lock so that several instances agree. */
    public Optional<String> ensureFirstAdmin(String email, String configuredPassword) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(4711)").getSingleResult();
            long admins = (Long) em.createQuery(
                    "select count(p) from Person p join p.roles r where r = :admin").setParameter("admin", Role.ADMIN)
                    .getSingleResult();
            if (admins > 0) {
                return Optional.<String>empty();
            }
            boolean generated = configuredPassword == null || configuredPassword.isBlank();
            String password = generated ? Passwords.generate() : configuredPassword;
            Person p = Person.findByEmail(email).orElseGet(Person::new);
            p.email = email;
            p.displayName = p.displayName == null ? "Administrator" : p.displayName;
            p.passwordHash = Passwords.hash(password);
            p.roles.addAll(EnumSet.of(Role.ADMIN, Role.INSTRUCTOR, Role.LIBRARIAN));
            p.persist();
            PersonChanges.changed(p.id);
            return Optional.of(generated ? password : "");
        });
    }
}
