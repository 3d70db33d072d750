package org.resilib.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resilib.audit.AuditLog;
import org.resilib.identity.Role;
import org.resilib.web.DomainException;
import org.resilib.web.Languages;

/**
 * People as admins manage them (listing, creating, editing, CSV import) and as each person keeps their profile.
 * Signing in, registering and passwords are {@code people.account}'s.
 */
@ApplicationScoped
public class PeopleService {

    private final AuditLog audit;
    private final Event<AccessEnded> accessEnded;
    private final Validator validator;

    PeopleService(AuditLog audit, Event<AccessEnded> accessEnded, Validator validator) {
        this.validator = validator;
        this.audit = audit;
        this.accessEnded = accessEnded;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> listPeople(int page, int size) {
        return Person.find("order by lower(email)").page(page, size).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countPeople() {
        return Person.count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person find(long id) {
        return Person.<Person>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("person"));
    }

    @Transactional
    public Account updatePerson(long id, PersonEditForm form, long actingAdminId) {
        Person p = find(id);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (form.roles() != null) {
            for (String r : form.roles()) {
                roles.add(Role.fromKey(r).orElseThrow(() -> DomainException.badRequest("roles", "invalid_role")));
            }
        }
        if (roles.isEmpty()) {
            throw DomainException.badRequest("roles", "roles_required");
        }
        if (p.id == actingAdminId && (!roles.contains(Role.ADMIN) || !form.isActive())) {
            throw DomainException.badRequest("roles", "cannot_remove_own_admin");
        }
        Optional<Person> sameEmail = Person.findByEmail(form.email());
        if (sameEmail.isPresent() && !sameEmail.get().id.equals(p.id)) {
            throw DomainException.conflict("email", "email_taken");
        }
        Set<Role> before = p.roleSet();
        boolean wasActive = p.active;
        p.email = form.email().strip();
        p.displayName = form.displayName().strip();
        p.active = form.isActive();
        p.roles.clear();
        p.roles.addAll(roles);
        PersonChanges.changed(p.id);
        Person admin = Person.findById(actingAdminId);
        String actor = admin == null ? null : admin.email;
        if (!before.equals(roles)) {
            audit.record(actingAdminId, actor, AuditLog.Action.ROLES_CHANGED, "person:" + p.id, Map.of(
                    "before", before.stream().map(Role::key).sorted().toList(),
                    "after", roles.stream().map(Role::key).sorted().toList()));
        }
        if (wasActive && !p.active) {
            audit.record(actingAdminId, actor, AuditLog.Action.ACCOUNT_DEACTIVATED, "person:" + p.id, Map.of());
            accessEnded.fire(new AccessEnded(p.id, AccessEnded.Reason.DEACTIVATED));
        }
        return Account.of(p);
    }

    @Transactional
    public void updateProfile(long id, String displayName, String locale, String timeZone) {
        if (displayName == null || displayName.isBlank()) {
            throw DomainException.badRequest("displayName", "required");
        }
        if (displayName.length() > 120) {
            throw DomainException.badRequest("displayName", "too_long");
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw DomainException.badRequest("timeZone", "session_time_zone_invalid");
        }
        Person p = find(id);
        p.displayName = displayName.strip();
        p.locale = Languages.match(locale).orElse(Languages.DEFAULT).toLanguageTag();
        p.timeZone = timeZone.strip();
    }

    /** One report line per CSV row; each created account is its own transaction, so one bad row stops nothing. */
    public List<ImportResult> importCsv(String csv) {
        List<ImportResult> results = new ArrayList<>();
        for (CsvImport.Row row : CsvImport.parse(csv)) {
            if (row.problem() != null) {
                results.add(new ImportResult(row.line(), row.email(), "invalid", row.problem(), null));
                continue;
            }
            String password = Passwords.generate();
            boolean created = QuarkusTransaction.requiringNew().call(() -> {
                if (Person.findByEmail(row.email()).isPresent()) {
                    return false;
                }
                Person.local(row.email(), row.name(), password, row.roles()).persist();
                return true;
            });
            results.add(created ? new ImportResult(row.line(), row.email(), "created", null, password)
                    : new ImportResult(row.line(), row.email(), "exists", "email_taken", null));
        }
        return results;
    }

    /** A row of the import report; the generated password is shown once, in that report, and never stored in clear. */
    public record ImportResult(int line, String email, String outcome, String problem, String initialPassword) {
    }

    @Transactional
    public Account createPerson(PersonForm form) {
        NewAccountRules.check(validator, form, form.password());
        if (Person.findByEmail(form.email()).isPresent()) {
            throw DomainException.conflict("email", "email_taken");
        }
        Person p = Person.local(form.email(), form.displayName(), form.password(), form.roleSet());
        p.persist();
        return Account.of(p);
    }
}
