package org.resilib.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.personaldata.JsonRows;
import org.resilib.personaldata.PersonalDataSection;
import org.resilib.web.DomainException;

/**
 * The person themselves: profile and roles in the download; at anonymisation email, name, password, single sign-on
 * link, roles, reset links and sign-in failures go, and the id their credentials named them by is replaced.
 */
@ApplicationScoped
public class PeoplePersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;

    PeoplePersonalData(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        List<?> rows = em.createNativeQuery("select id, email, display_name, locale, time_zone, created_at,"
                + " active, oidc_subject is not null, cast(credential_subject as text) from person where id = ?1")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("person");
        }
        Object[] p = (Object[]) rows.get(0);
        ObjectNode person = json.createObjectNode();
        person.put("id", ((Number) p[0]).longValue());
        person.put("email", (String) p[1]);
        person.put("name", (String) p[2]);
        person.put("language", (String) p[3]);
        person.put("timeZone", (String) p[4]);
        person.put("createdAt", String.valueOf(p[5]));
        person.put("active", (Boolean) p[6]);
        person.put("universityAccount", (Boolean) p[7]);
        person.put("credentialSubject", "urn:uuid:" + p[8]);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("person", person);
        out.put("roles", JsonRows.of(em, json, "select r.role from person_role r where r.person_id = ?1 order by"
                + " r.role", personId));
        return out;
    }

    /**
     * Locks the person for anonymisation and answers the email they had; 404 for an unknown person, 409 when they
     * are already anonymised. Runs first, so the other sections can still find what names the person.
     */
    public String lockForAnonymisation(long personId) {
        List<?> rows = em.createNativeQuery("select email, anonymised_at from person where id = ?1 for update")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("person");
        }
        Object[] p = (Object[]) rows.get(0);
        if (p[1] != null) {
            throw DomainException.conflict("person", "already_anonymised");
        }
        return (String) p[0];
    }

    @Override
    public void anonymise(long personId, String formerEmail, long adminId) {
        em.createNativeQuery("update person set email = ?2, display_name = ?3, password_hash = null, oidc_subject ="
                + " null, active = false, session_version = session_version + 1, credential_subject ="
                + " gen_random_uuid(), anonymised_at = now() where id = ?1")
                .setParameter(1, personId).setParameter(2, "anonymised-" + personId + "@invalid")
                .setParameter(3, "#" + personId).executeUpdate();
        em.createNativeQuery("delete from person_role where person_id = ?1").setParameter(1, personId).executeUpdate();
        PersonChanges.changed(personId);
        em.createNativeQuery("delete from password_reset where person_id = ?1").setParameter(1, personId)
                .executeUpdate();
        em.createNativeQuery("delete from login_failure where lower(email) = lower(?1)").setParameter(1, formerEmail)
                .executeUpdate();
    }
}
