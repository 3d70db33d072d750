package org.resilib.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resilib.db.SqlArrays;
import org.resilib.identity.Role;

/**
 * What other features may know about people, read here so that only this feature reads its tables: names, emails,
 * language, zone and roles by id, in one statement for any number of ids, and the active people holding a role.
 * Callers join these to their own rows in memory; a page stays within a fixed number of statements.
 */
@ApplicationScoped
public class PeopleDirectory {

    /** A person as others may show and address them. */
    public record Contact(long id, String name, String email, String locale, String timeZone, boolean active,
            Set<Role> roles) {
    }

    private final EntityManager em;

    PeopleDirectory(EntityManager em) {
        this.em = em;
    }

    /** The people with these ids (unknown ids are left out), keyed by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Contact> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.display_name, p.email, p.locale, p.time_zone,"
                + " p.active, (select string_agg(r.role, ',') from person_role r where r.person_id = p.id)"
                + " from person p where p.id = any(cast(?1 as bigint[]))")
                .setParameter(1, SqlArrays.bigints(Set.copyOf(ids))).getResultList();
        Map<Long, Contact> out = new HashMap<>();
        for (Object[] r : rows) {
            Contact c = contact(r);
            out.put(c.id(), c);
        }
        return out;
    }

    /** One person, if there is such an id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contact> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    /** The person with this email (as stored, compared without regard to case), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contact> byEmail(String email) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from person where lower(email) = lower(?1)")
                .setParameter(1, email == null ? "" : email.trim()).getResultList();
        return ids.isEmpty() ? Optional.empty() : byId(ids.get(0).longValue());
    }

    /** Whether a person with this id exists (active or not). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(long id) {
        return !em.createNativeQuery("select 1 from person where id = ?1").setParameter(1, id).getResultList()
                .isEmpty();
    }

    /** The display name of a person, or an empty string for an unknown id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String name(long id) {
        return byId(id).map(Contact::name).orElse("");
    }

    /** The ids of every active person, or of those with this role; one statement (for mail to a whole audience). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> activeIds(Role role) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select p.id from person p where p.active and (?1 = '' or exists"
                + " (select 1 from person_role r where r.person_id = p.id and r.role = ?1)) order by p.id")
                .setParameter(1, role == null ? "" : role.key()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The ids of active people after {@code afterId}, in id order, at most {@code limit} (for batched mail). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> activeIdsAfter(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from person where active and id > ?1 order by id limit ?2")
                .setParameter(1, afterId).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Active people holding the role, ordered by name, optionally only those whose name or email contains the
     * query (case-insensitive), at most {@code limit}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> withRole(Role role, String query, int limit) {
        String q = query == null || query.isBlank() ? null : query.strip();
        var select = em.createNativeQuery("select p.id, p.display_name, p.email, p.locale, p.time_zone, p.active,"
                + " (select string_agg(r.role, ',') from person_role r where r.person_id = p.id) from person p"
                + " where p.active and exists (select 1 from person_role r where r.person_id = p.id and r.role = ?2)"
                + " and (?1 = '' or strpos(lower(p.display_name), lower(?1)) > 0 or strpos(lower(p.email),"
                + " lower(?1)) > 0) order by p.display_name, p.id limit ?3")
                .setParameter(1, q == null ? "" : q).setParameter(2, role.key()).setParameter(3, limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        Map<Long, Contact> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), contact(r)));
        return List.copyOf(out.values());
    }

    private static Contact contact(Object[] r) {
        return new Contact(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                Boolean.TRUE.equals(r[5]), Set.copyOf(Role.fromKeys((String) r[6])));
    }
}
