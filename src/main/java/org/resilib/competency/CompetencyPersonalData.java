package org.resilib.competency;

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
class CompetencyPersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;

    CompetencyPersonalData(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("competencyAssessments", JsonRows.of(em, json, "select code, level, note, assessed_at from"
                + " competency_assessment where person_id = ?1 order by assessed_at", personId));
        out.put("workSamples", JsonRows.of(em, json, "select code, url, note, submitted_at, status, reviewed_at,"
                + " review_note from work_sample where person_id = ?1 order by submitted_at", personId));
        out.put("competencyTargets", JsonRows.of(em, json, "select code, level, set_at from competency_target where"
                + " person_id = ?1 order by code", personId));
        out.put("serviceTeams", JsonRows.of(em, json, "select t.name as team, m.duty from service_team_member m join"
                + " service_team t on t.id = m.team_id where m.person_id = ?1 order by t.name", personId));
        out.put("badges", JsonRows.of(em, json, "select cast(id as text) as id, code, level, issued_at, revoked_at from"
                + " badge_credential where person_id = ?1 order by issued_at", personId));
        return out;
    }

    /** Work-sample links and notes go; badges are revoked and their signed form removed; assessments stay. */
    @Override
    public void anonymise(long personId, String formerEmail, long adminId) {
        em.createNativeQuery("update work_sample set url = '', note = null where person_id = ?1")
                .setParameter(1, personId).executeUpdate();
        em.createNativeQuery("update badge_credential set revoked_at = coalesce(revoked_at, now()), revoked_by ="
                + " coalesce(revoked_by, ?2), revocation_reason = coalesce(revocation_reason, 'Holder anonymised'),"
                + " jwt = '' where person_id = ?1").setParameter(1, personId).setParameter(2, adminId).executeUpdate();
    }
}
