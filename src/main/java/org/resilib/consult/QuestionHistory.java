package org.resilib.consult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.resilib.db.SqlTimes;
import org.resilib.people.PeopleDirectory;

/** Every change to a question, written in the change's transaction, read for the desk. */
@ApplicationScoped
public class QuestionHistory {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final PeopleDirectory people;

    QuestionHistory(EntityManager em, ObjectMapper json, PeopleDirectory people) {
        this.em = em;
        this.json = json;
        this.people = people;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long questionId, Long actorId, String kind, Map<String, ?> detail) {
        try {
            em.createNativeQuery("insert into consult_event (question_id, actor_id, kind, detail) values (?1, ?2, ?3,"
                    + " cast(?4 as jsonb))").setParameter(1, questionId).setParameter(2, actorId)
                    .setParameter(3, kind).setParameter(4, json.writeValueAsString(detail)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Questions.Event> of(long questionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, actor_id, kind, cast(detail as text) from"
                + " consult_event where question_id = ?1 order by id").setParameter(1, questionId).getResultList();
        Map<Long, PeopleDirectory.Contact> actors = people.byIds(rows.stream().filter(r -> r[1] != null)
                .map(r -> ((Number) r[1]).longValue()).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            PeopleDirectory.Contact c = r[1] == null ? null : actors.get(((Number) r[1]).longValue());
            try {
                return new Questions.Event(SqlTimes.instant(r[0]), c == null ? null : c.name(), (String) r[2],
                        json.readValue((String) r[3], DETAIL));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
