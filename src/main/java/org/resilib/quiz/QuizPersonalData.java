package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.course.CourseSummaries;
import org.resilib.personaldata.JsonRows;
import org.resilib.personaldata.PersonalDataSection;

/**  */
@ApplicationScoped
class QuizPersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;
    private final CourseSummaries courses;

    QuizPersonalData(EntityManager em, ObjectMapper json, CourseSummaries courses) {
        this.em = em;
        this.json = json;
        this.courses = courses;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode attempts = JsonRows.of(em, json, "select a.id, a.course_id as course, a.number, a.state, a.started_at,"
                + " a.submitted_at, a.score, a.max_score, a.percent, a.passed, (select coalesce(json_agg("
                + "json_build_object('slot', q.slot, 'response', q.response, 'points', q.points, 'maxPoints',"
                + " q.max_points) order by q.slot), '[]') from attempt_question q where q.attempt_id = a.id) as answers"
                + " from quiz_attempt a where a.person_id = ?1 order by a.started_at", personId);
        List<Long> courseIds = new ArrayList<>();
        attempts.forEach(a -> courseIds.add(a.path("course").asLong()));
        Map<Long, String> slugs = new HashMap<>();
        courses.byIds(courseIds, Locale.ROOT).forEach(c -> slugs.put(c.id(), c.slug()));
        attempts.forEach(a -> ((ObjectNode) a).put("course", slugs.get(a.path("course").asLong())));
        out.put("quizAttempts", attempts);
        return out;
    }
}
