package org.resilib.livesession;

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
class SessionPersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;

    SessionPersonalData(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("sessionRegistrations", JsonRows.of(em, json, "select s.id as session, s.title, s.starts_at, r.status,"
                + " r.registered_at, r.cancelled_at, r.attended from session_registration r join live_session s on"
                + " s.id = r.session_id where r.person_id = ?1 order by s.starts_at", personId));
        return out;
    }

    /** Attendance stays for statistics; the personal calendar feed goes. */
    @Override
    public void anonymise(long personId, String formerEmail, long adminId) {
        em.createNativeQuery("delete from calendar_token where person_id = ?1").setParameter(1, personId)
                .executeUpdate();
    }
}
