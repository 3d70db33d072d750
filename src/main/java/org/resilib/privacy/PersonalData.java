package org.resilib.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.web.DomainException;

/**
 * Everything Resilib holds about a person, as one JSON document they can download (the right of access), and the
 * anonymisation of a person who has left: identifying data is removed while their attempts, progress and attendance
 * stay, unnamed, in course statistics.
 */
@ApplicationScoped
public class PersonalData {

    /** Each section is one query returning a JSON array; ?1 is the person. No secrets: hashes and tokens stay out. */
    static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("roles", "select r.role from person_role r where r.person_id = ?1 order by r.role");
        SECTIONS.put("enrolments", "select c.slug as course, e.enrolled_at from enrolment e join course c on"
                + " c.id = e.course_id where e.person_id = ?1 order by e.enrolled_at");
        SECTIONS.put("modulesCompleted", "select c.slug as course, m.slug as module, p.completed_at from"
                + " module_progress p join course_module m on m.id = p.module_id join course c on c.id = m.course_id"
                + " where p.person_id = ?1 order by p.completed_at");
        SECTIONS.put("quizAttempts", "select a.id, c.slug as course, a.number, a.state, a.started_at, a.submitted_at,"
                + " a.score, a.max_score, a.percent, a.passed, (select coalesce(json_agg(json_build_object('slot',"
                + " q.slot, 'response', q.response, 'points', q.points, 'maxPoints', q.max_points) order by q.slot),"
                + " '[]') from attempt_question q where q.attempt_id = a.id) as answers from quiz_attempt a join course c"
                + " on c.id = a.course_id where a.person_id = ?1 order by a.started_at");
        SECTIONS.put("sessionRegistrations", "select s.id as session, s.title, s.starts_at, r.status, r.registered_at,"
                + " r.cancelled_at, r.attended from session_registration r join live_session s on s.id = r.session_id"
                + " where r.person_id = ?1 order by s.starts_at");
        SECTIONS.put("competencyAssessments", "select code, level, note, assessed_at from competency_assessment where"
                + " person_id = ?1 order by assessed_at");
        SECTIONS.put("workSamples", "select code, url, note, submitted_at, status, reviewed_at, review_note from"
                + " work_sample where person_id = ?1 order by submitted_at");
        SECTIONS.put("competencyTargets", "select code, level, set_at from competency_target where person_id = ?1"
                + " order by code");
        SECTIONS.put("serviceTeams", "select t.name as team, m.duty from service_team_member m join service_team t on"
                + " t.id = m.team_id where m.person_id = ?1 order by t.name");
        SECTIONS.put("badges", "select cast(id as text) as id, code, level, issued_at, revoked_at from badge_credential"
                + " where person_id = ?1 order by issued_at");
        SECTIONS.put("apiTokens", "select name, prefix, created_at, last_used_at, revoked_at from api_token where"
                + " person_id = ?1 order by created_at");
        SECTIONS.put("activity", "select at, action, target, address from audit_event where actor_id = ?1 order by at"
                + " desc limit 1000");
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final AuditLog audit;

    PersonalData(EntityManager em, ObjectMapper json, AuditLog audit) {
        this.em = em;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public ObjectNode export(long personId) {
        List<?> rows = em.createNativeQuery("select id, email, display_name, locale, time_zone, created_at,"
                + " active, oidc_subject is not null, cast(credential_subject as text) from person where id = ?1")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("person");
        }
        Object[] p = (Object[]) rows.get(0);
        ObjectNode out = json.createObjectNode();
        out.put("exportedAt", Instant.now().toString());
        ObjectNode person = out.putObject("person");
        person.put("id", ((Number) p[0]).longValue());
        person.put("email", (String) p[1]);
        person.put("name", (String) p[2]);
        person.put("language", (String) p[3]);
        person.put("timeZone", (String) p[4]);
        person.put("createdAt", String.valueOf(p[5]));
        person.put("active", (Boolean) p[6]);
        person.put("universityAccount", (Boolean) p[7]);
        person.put("credentialSubject", "urn:uuid:" + p[8]);
        for (Map.Entry<String, String> s : SECTIONS.entrySet()) {
            Object text = em.createNativeQuery("select cast(coalesce(json_agg(t), '[]') as text) from (" + s.getValue()
                    + ") t").setParameter(1, personId).getSingleResult();
            try {
                JsonNode node = json.readTree((String) text);
                out.set(s.getKey(), node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        audit.record(personId, null, AuditLog.Action.DATA_EXPORTED, "person:" + personId, Map.of());
        return out;
    }

    /**
     * Removes who the person was, keeping what they did: email, name, password, SSO link, tokens, calendar feed,
     * reset links, work-sample links and notes, the id their credentials named them by, and their name in the audit
     * log go; attempts, progress, attendance
     * and assessments stay under the same (now anonymous) person, so course and item statistics do not change.
     */
    @Transactional
    public void anonymise(long personId, long adminId) {
        if (personId == adminId) {
            throw DomainException.badRequest("person", "anonymise_self");
        }
        List<?> rows = em.createNativeQuery("select email, anonymised_at from person where id = ?1 for update")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("person");
        }
        Object[] p = (Object[]) rows.get(0);
        if (p[1] != null) {
            throw DomainException.conflict("person", "already_anonymised");
        }
        String oldEmail = (String) p[0];
        em.createNativeQuery("update person set email = ?2, display_name = ?3, password_hash = null, oidc_subject ="
                + " null, active = false, session_version = session_version + 1, credential_subject ="
                + " gen_random_uuid(), anonymised_at = now() where id = ?1")
                .setParameter(1, personId).setParameter(2, "anonymised-" + personId + "@invalid")
                .setParameter(3, "#" + personId).executeUpdate();
        em.createNativeQuery("delete from person_role where person_id = ?1").setParameter(1, personId).executeUpdate();
        em.createNativeQuery("update api_token set revoked_at = coalesce(revoked_at, now()) where person_id = ?1")
                .setParameter(1, personId).executeUpdate();
        em.createNativeQuery("delete from calendar_token where person_id = ?1").setParameter(1, personId)
                .executeUpdate();
        em.createNativeQuery("delete from password_reset where person_id = ?1").setParameter(1, personId)
                .executeUpdate();
        em.createNativeQuery("delete from login_failure where lower(email) = lower(?1)").setParameter(1, oldEmail)
                .executeUpdate();
        em.createNativeQuery("update work_sample set url = '', note = null where person_id = ?1")
                .setParameter(1, personId).executeUpdate();
        em.createNativeQuery("update badge_credential set revoked_at = coalesce(revoked_at, now()), revoked_by ="
                + " coalesce(revoked_by, ?2), revocation_reason = coalesce(revocation_reason, 'Holder anonymised'),"
                + " jwt = '' where person_id = ?1").setParameter(1, personId).setParameter(2, adminId).executeUpdate();
        em.createNativeQuery("update audit_event set actor = null, address = null where actor_id = ?1 or lower(actor)"
                + " = lower(?2)").setParameter(1, personId).setParameter(2, oldEmail).executeUpdate();
        em.createNativeQuery("update audit_event set target = 'person:' || ?1 where lower(target) = lower('person:' ||"
                + " ?2)").setParameter(1, String.valueOf(personId)).setParameter(2, oldEmail).executeUpdate();
        audit.record(adminId, null, AuditLog.Action.PERSON_ANONYMISED, "person:" + personId, Map.of());
    }
}
