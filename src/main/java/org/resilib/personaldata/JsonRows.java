package org.resilib.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;

/** The rows of a query about one person ({@code ?1}) as a JSON array, built by PostgreSQL in one statement. */
public final class JsonRows {

    private JsonRows() {
    }

    public static JsonNode of(EntityManager em, ObjectMapper json, String sql, long personId) {
        Object text = em.createNativeQuery("select cast(coalesce(json_agg(t), '[]') as text) from (" + sql + ") t")
                .setParameter(1, personId).getSingleResult();
        try {
            return json.readTree((String) text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
