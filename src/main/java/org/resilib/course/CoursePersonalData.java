package org.resilib.course;

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
class CoursePersonalData implements PersonalDataSection {

    private final EntityManager em;
    private final ObjectMapper json;

    CoursePersonalData(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<String, JsonNode> export(long personId) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("enrolments", JsonRows.of(em, json, "select c.slug as course, e.enrolled_at from enrolment e join"
                + " course c on c.id = e.course_id where e.person_id = ?1 order by e.enrolled_at", personId));
        out.put("modulesCompleted", JsonRows.of(em, json, "select c.slug as course, m.slug as module, p.completed_at"
                + " from module_progress p join course_module m on m.id = p.module_id join course c on c.id ="
                + " m.course_id where p.person_id = ?1 order by p.completed_at", personId));
        return out;
    }
}
