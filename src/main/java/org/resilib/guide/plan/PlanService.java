package org.resilib.guide.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.audit.AuditLog;
import org.resilib.competency.team.TeamService;
import org.resilib.db.SqlTimes;
import org.resilib.guide.GuideInput;
import org.resilib.web.DomainException;

/**
 * The emergency plan and each declared emergency's checklist. Declaring copies the plan's tasks into a fresh
 * checklist in the declaration's transaction; ticking one item locks its row, so two people ticking at once leave
 * one consistent record of who did it and when.
 */
@ApplicationScoped
public class PlanService {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    static final Set<String> DUTIES = Set.copyOf(TeamService.DUTIES);

    /** A task of the plan, with the saved team that owns it (or null). */
    public record Task(long id, int position, String duty, Long teamId, String teamName, Map<String, String> title) {

        public String dutyKey() {
            return "guide_duty_" + duty.replace('-', '_');
        }
    }

    /** A checklist item of an emergency. */
    public record Item(int position, String duty, String teamName, Map<String, String> title, Instant doneAt,
            String doneBy) {

        public String dutyKey() {
            return "guide_duty_" + duty.replace('-', '_');
        }
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final TeamService teams;
    private final AuditLog audit;

    PlanService(EntityManager em, ObjectMapper json, TeamService teams, AuditLog audit) {
        this.em = em;
        this.json = json;
        this.teams = teams;
        this.audit = audit;
    }

    /** The saved teams, id and name, for the plan's team choice. */
    public List<TeamService.TeamView> savedTeams() {
        return teams.teams();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Task> tasks() {
        Map<Long, String> names = teamNames();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, position, duty, team_id, cast(title as text) from"
                + " emergency_plan_task order by position, id").getResultList();
        return rows.stream().map(r -> {
            Long team = r[3] == null ? null : ((Number) r[3]).longValue();
            return new Task(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], team,
                    team == null ? null : names.get(team), texts(r[4]));
        }).toList();
    }

    /** Adds a task at the end of the plan, or changes one ({@code id} given). */
    @Transactional
    public void save(Long id, String duty, Long teamId, String titleZh, String titleEn, Long actorId, String by) {
        if (duty == null || !DUTIES.contains(duty)) {
            throw DomainException.badRequest("duty", "guide_error_duty");
        }
        if (teamId != null && !teamNames().containsKey(teamId)) {
            throw DomainException.badRequest("team", "guide_error_team");
        }
        Map<String, String> title = GuideInput.texts("title", GuideInput.zhEn(titleZh, titleEn), 300, true);
        if (id == null) {
            em.createNativeQuery("insert into emergency_plan_task (position, duty, team_id, title, updated_by) select"
                    + " coalesce(max(position), 0) + 1, ?1, ?2, cast(?3 as jsonb), ?4 from emergency_plan_task")
                    .setParameter(1, duty).setParameter(2, teamId).setParameter(3, write(title)).setParameter(4, by)
                    .executeUpdate();
        } else if (em.createNativeQuery("update emergency_plan_task set duty = ?2, team_id = ?3, title ="
                + " cast(?4 as jsonb), updated_by = ?5, updated_at = now() where id = ?1").setParameter(1, id)
                .setParameter(2, duty).setParameter(3, teamId).setParameter(4, write(title)).setParameter(5, by)
                .executeUpdate() == 0) {
            throw new DomainException(404, null, "guide_not_found_task");
        }
        audit.record(actorId, by, AuditLog.Action.SETTINGS_CHANGED, "setting:emergency-plan", Map.of("task",
                id == null ? "added" : String.valueOf(id)));
    }

    @Transactional
    public void delete(long id, Long actorId, String by) {
        if (em.createNativeQuery("delete from emergency_plan_task where id = ?1").setParameter(1, id)
                .executeUpdate() == 0) {
            throw new DomainException(404, null, "guide_not_found_task");
        }
        audit.record(actorId, by, AuditLog.Action.SETTINGS_CHANGED, "setting:emergency-plan", Map.of("removed", id));
    }

    /** Copies the plan into the emergency's checklist; part of the declaration's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startChecklist(long emergencyId) {
        em.createNativeQuery("insert into emergency_checklist_item (emergency_id, position, duty, team_id, title)"
                + " select ?1, row_number() over (order by position, id), duty, team_id, title from"
                + " emergency_plan_task").setParameter(1, emergencyId).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> checklist(long emergencyId) {
        Map<Long, String> names = teamNames();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select position, duty, team_id, cast(title as text), done_at,"
                + " done_by from emergency_checklist_item where emergency_id = ?1 order by position")
                .setParameter(1, emergencyId).getResultList();
        return rows.stream().map(r -> new Item(((Number) r[0]).intValue(), (String) r[1],
                r[2] == null ? null : names.get(((Number) r[2]).longValue()), texts(r[3]), SqlTimes.instant(r[4]),
                (String) r[5])).toList();
    }

    /**
     * Ticks (or unticks) an item of an open emergency's checklist: 404 for none, 409 when the emergency has ended
     * (its checklist is then the record of what was done).
     */
    @Transactional
    public void tick(long emergencyId, int position, boolean done, String by) {
        List<?> open = em.createNativeQuery("select ended_at is null from emergency where id = ?1 for share")
                .setParameter(1, emergencyId).getResultList();
        if (open.isEmpty()) {
            throw new DomainException(404, null, "guide_error_emergency_none");
        }
        if (!Boolean.TRUE.equals(open.get(0))) {
            throw DomainException.conflict("emergency", "guide_error_checklist_closed");
        }
        int changed = em.createNativeQuery("update emergency_checklist_item set done_at = case when ?3 then"
                + " coalesce(done_at, now()) end, done_by = case when ?3 then coalesce(done_by, ?4) end where"
                + " emergency_id = ?1 and position = ?2").setParameter(1, emergencyId).setParameter(2, position)
                .setParameter(3, done).setParameter(4, by).executeUpdate();
        if (changed == 0) {
            throw new DomainException(404, null, "guide_not_found_task");
        }
    }

    private Map<Long, String> teamNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        teams.teams().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    private Map<String, String> texts(Object value) {
        try {
            return value == null ? Map.of() : json.readValue((String) value, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Map<String, String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
