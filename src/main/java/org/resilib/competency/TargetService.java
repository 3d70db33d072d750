package org.resilib.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.competency.framework.FrameworkCatalog;
import org.resilib.db.SqlArrays;
import org.resilib.identity.Role;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;

/** Target levels, set by admins for one person or for everyone with a role (see {@link Targets}). */
@ApplicationScoped
public class TargetService {

    private final EntityManager em;
    private final FrameworkCatalog catalog;
    private final PeopleDirectory people;

    TargetService(EntityManager em, FrameworkCatalog catalog, PeopleDirectory people) {
        this.em = em;
        this.catalog = catalog;
        this.people = people;
    }

    /** Target levels per person, given each person's roles. One statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<Long, Map<String, Integer>> targets(Map<Long, Set<Role>> rolesByPerson) {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        if (rolesByPerson.isEmpty()) {
            return out;
        }
        List<String> roles = rolesByPerson.values().stream().flatMap(Set::stream).map(Role::key).distinct().toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select person_id, role, code, level from competency_target where"
                + " person_id = any(cast(?1 as bigint[])) or role = any(cast(?2 as text[]))")
                .setParameter(1, SqlArrays.bigints(rolesByPerson.keySet()))
                .setParameter(2, "{" + String.join(",", roles) + "}").getResultList();
        List<Targets.Target> all = rows.stream().map(r -> new Targets.Target(
                r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
        rolesByPerson.forEach((person, personRoles) -> out.put(person, Targets.forPerson(person,
                personRoles.stream().map(Role::key).toList(), all)));
        return out;
    }

    /** Sets a target level for one person (by email) or for everyone with a role. */
    @Transactional
    public void set(TargetForm form, Actor actor) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        Integer level = form.levelNumber();
        catalog.requireLevel(form.code(), level);
        if (form.email() != null && !form.email().isBlank()) {
            Long person = people.byEmail(form.email()).map(PeopleDirectory.Contact::id)
                    .orElseThrow(() -> DomainException.badRequest("email", "not_found_person"));
            em.createNativeQuery("insert into competency_target (person_id, code, level, set_by) values (?1, ?2, ?3, ?4)"
                    + " on conflict (person_id, code) where person_id is not null do update set level = excluded.level,"
                    + " set_by = excluded.set_by, set_at = now()").setParameter(1, person).setParameter(2, form.code())
                    .setParameter(3, level).setParameter(4, actor.personId()).executeUpdate();
        } else if (form.role() != null && Role.fromKey(form.role()).isPresent()) {
            em.createNativeQuery("insert into competency_target (role, code, level, set_by) values (?1, ?2, ?3, ?4)"
                    + " on conflict (role, code) where role is not null do update set level = excluded.level,"
                    + " set_by = excluded.set_by, set_at = now()").setParameter(1, form.role())
                    .setParameter(2, form.code()).setParameter(3, level).setParameter(4, actor.personId())
                    .executeUpdate();
        } else {
            throw DomainException.badRequest("role", "invalid_role");
        }
    }
}
