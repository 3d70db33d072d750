package org.resilib.access;

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
class TokenPersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;

    TokenPersonalData(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("apiTokens", JsonRows.of(em, json, "select name, prefix, created_at, last_used_at, revoked_at from"
                + " api_token where person_id = ?1 order by created_at", personId));
        return out;
    }

    @Override
    public void anonymise(long personId, String formerEmail, long adminId) {
        em.createNativeQuery("update api_token set revoked_at = coalesce(revoked_at, now()) where person_id = ?1")
                .setParameter(1, personId).executeUpdate();
    }
}
