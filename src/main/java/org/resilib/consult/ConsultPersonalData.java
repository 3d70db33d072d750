package org.resilib.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resilib.personaldata.JsonRows;
import org.resilib.personaldata.PersonalDataSection;

/**
 * The person's questions in their download, with the messages they and the desk wrote to them (internal notes are
 * filtered out in the statement, so the download cannot hold one); anonymising a person removes them from their
 * questions as {@link Retention} does after the retention period.
 */
@ApplicationScoped
class ConsultPersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Retention retention;

    ConsultPersonalData(EntityManager em, ObjectMapper json, Retention retention) {
        this.em = em;
        this.json = json;
        this.retention = retention;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("questions", JsonRows.of(em, json, "select q.id, q.subject, q.category, q.channel, q.state,"
                + " q.created_at, q.closed_at, coalesce((select json_agg(json_build_object('fromYou', m.from_asker,"
                + " 'body', m.body, 'at', m.created_at) order by m.id) from consult_message m where m.question_id ="
                + " q.id and not m.internal), '[]') as messages, coalesce((select json_agg(a.file_name order by a.id) from consult_attachment a where"
                + " a.question_id = q.id), '[]') as attachments from consult_question q where q.person_id = ?1 order"
                + " by q.created_at", personId));
        return out;
    }

    @Override
    public void anonymise(long personId, String formerEmail, long adminId) {
        retention.forget("person_id = ?1 or (person_id is null and lower(email) = lower(?2))", personId,
                formerEmail == null ? "" : formerEmail, false);
    }
}
