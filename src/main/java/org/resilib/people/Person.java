package org.resilib.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.resilib.identity.Role;

@Entity
@Table(name = "person")
@EntityListeners(PersonChanges.class)
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    public String locale = "zh-CN";

    @Column(name = "time_zone")
    public String timeZone = "Asia/Shanghai";

    public boolean active = true;

    /** The identity provider's subject for people who sign in with their university account. */
    @Column(name = "oidc_subject")
    public String oidcSubject;

    /** Bumped when the password changes: session cookies carry it, so older sessions stop working. */
    @Column(name = "session_version")
    public int sessionVersion;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Convert(converter = Role.DbConverter.class)
    public Set<Role> roles = new HashSet<>();

    /** A new local account (not yet persisted): email and name trimmed, the password stored as its bcrypt hash. */
    public static Person local(String email, String displayName, String password, Set<Role> roles) {
        Person p = new Person();
        p.email = email.trim();
        p.displayName = displayName.trim();
        p.passwordHash = Passwords.hash(password);
        p.roles.addAll(roles);
        return p;
    }

    public static Optional<Person> findByEmail(String email) {
        return find("select distinct p from Person p left join fetch p.roles where lower(p.email) = lower(?1)",
                email.trim()).singleResultOptional();
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
