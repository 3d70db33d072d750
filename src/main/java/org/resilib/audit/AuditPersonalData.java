package org.resilib.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resilib.personaldata.JsonRows;
import org.resilib.personaldata.PersonalDataSection;

/**  */
@ApplicationScoped
class AuditPersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;

    AuditPersonalData(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("activity", JsonRows.of(em, json, "select at, action, target, address from audit_event where actor_id"
                + " = ?1 order by at desc limit 1000", personId));
        return out;
    }

    /** The events stay, without the name or address of who acted, and naming the person by number only. */
    @Override
    public void anonymise(long personId, String formerEmail, long adminId) {
        em.createNativeQuery("update audit_event set actor = null, address = null where actor_id = ?1 or lower(actor)"
                + " = lower(?2)").setParameter(1, personId).setParameter(2, formerEmail).executeUpdate();
        em.createNativeQuery("update audit_event set target = 'person:' || ?1 where lower(target) = lower('person:' ||"
                + " ?2)").setParameter(1, String.valueOf(personId)).setParameter(2, formerEmail).executeUpdate();
    }
}
