package org.resilib.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resilib.personaldata.JsonRows;
import org.resilib.personaldata.PersonalDataSection;

/**
 * A person's answers to named surveys, and the surveys they answered. Answers to anonymous surveys are in no one's
 * download: nothing ties them to their author (only that the person answered is known, from the ledger).
 */
@ApplicationScoped
class SurveyPersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;

    SurveyPersonalData(EntityManager em, ObjectMapper json) {
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
        out.put("surveyResponses", JsonRows.of(em, json, "select s.slug as survey, r.subject as about,"
                + " r.submitted_at, r.answers from survey_response r join survey s on s.id = r.survey_id where"
                + " r.person_id = ?1 order by r.submitted_at", personId));
        out.put("surveysAnswered", JsonRows.of(em, json, "select s.slug as survey, nullif(l.subject, '') as about,"
                + " s.anonymous from survey_respondent l join survey s on s.id = l.survey_id where l.respondent ="
                + " 'person:' || ?1 order by s.slug", personId));
        out.put("surveyProgress", JsonRows.of(em, json, "select s.slug as survey, nullif(p.subject, '') as about,"
                + " p.page, p.answers from survey_progress p join survey s on s.id = p.survey_id where p.person_id ="
                + " ?1 order by s.slug", personId));
        return out;
    }

    /**
     * Named answers lose their author (they still count in the results, as an anonymous survey's do); unfinished
     * answers go; the ledger keeps that the person answered, under a key no longer theirs.
     */
    @Override
    public void anonymise(long personId, String formerEmail, long adminId) {
        em.createNativeQuery("update survey_response set person_id = null, submitted_at = null where person_id = ?1")
                .setParameter(1, personId).executeUpdate();
        em.createNativeQuery("delete from survey_progress where person_id = ?1").setParameter(1, personId)
                .executeUpdate();
    }
}
