package org.resilib.competency.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.competency.Actor;
import org.resilib.competency.FormCheck;
import org.resilib.competency.MatrixService;
import org.resilib.competency.framework.FrameworkCatalog;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;

/** Emergency service teams: proposed from librarians' current levels, adjusted and saved by an admin. */
@ApplicationScoped
public class TeamService {

    public static final List<String> DUTIES = List.of("online-resources", "e-reserves", "it-support", "online-reference",
            "promotion", "coordination");

    public record Member(long personId, String name, String duty) {
    }

    public record TeamView(long id, String name, Instant createdAt, List<Member> members) {
        /** Whether the person is one of the team. */
        public boolean has(long personId) {
            return members.stream().anyMatch(m -> m.personId() == personId);
        }
    }

    /** What the teams page shows: the frameworks to pick from, saved teams, and a proposal if one was asked for. */
    public record Page(List<FrameworkCatalog.FrameworkView> frameworks, List<TeamView> teams,
            TeamBuilder.Proposal proposal) {
    }

    private final EntityManager em;
    private final PeopleDirectory people;
    private final FrameworkCatalog catalog;
    private final MatrixService matrix;
    private final FormCheck check;

    TeamService(EntityManager em, PeopleDirectory people, FrameworkCatalog catalog, MatrixService matrix,
            FormCheck check) {
        this.check = check;
        this.em = em;
        this.people = people;
        this.catalog = catalog;
        this.matrix = matrix;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(Locale locale) {
        return new Page(catalog.frameworks(locale), teams(), null);
    }

    /** The teams page with a proposal for the requirements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page proposePage(List<TeamBuilder.Requirement> requirements, Integer size, Actor actor, Locale locale) {
        TeamBuilder.Proposal proposal = propose(requirements, size, actor, locale);
        return new Page(catalog.frameworks(locale), teams(), proposal);
    }

    /** Proposes a team from active librarians' current levels (same computation as the matrix). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamBuilder.Proposal propose(List<TeamBuilder.Requirement> requirements, Integer size, Actor actor,
            Locale locale) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        if (size == null || size < 1 || size > 50) {
            throw DomainException.badRequest("size", "team_size_invalid");
        }
        if (requirements == null || requirements.isEmpty()) {
            throw DomainException.badRequest("requirements", "required");
        }
        MatrixService.Matrix m = matrix.matrix(null, null, locale);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < m.competencies().size(); i++) {
            index.put(m.competencies().get(i).code(), i);
        }
        Map<String, Integer> maxByCode = catalog.maxLevels();
        for (TeamBuilder.Requirement r : requirements) {
            if (!index.containsKey(r.code())) {
                throw DomainException.badRequest("requirements", "competency_unknown");
            }
            if (r.minLevel() < 1 || r.minLevel() > maxByCode.getOrDefault(r.code(), 0)) {
                throw DomainException.badRequest("requirements", "competency_level_invalid");
            }
        }
        List<TeamBuilder.Candidate> candidates = new ArrayList<>();
        for (MatrixService.MatrixRow row : m.rows()) {
            Map<String, Integer> levels = new HashMap<>();
            for (TeamBuilder.Requirement r : requirements) {
                levels.put(r.code(), row.levels().get(index.get(r.code())));
            }
            candidates.add(new TeamBuilder.Candidate(row.personId(), row.name(), levels));
        }
        return TeamBuilder.propose(requirements, size, candidates);
    }

    /** Saves a team the admin adjusted: members and their duties. */
    @Transactional
    public long save(TeamForm form, Actor actor) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        check.require(form);
        String name = form.name();
        Map<Long, String> duties = form.members();
        for (String duty : duties.values()) {
            if (!DUTIES.contains(duty)) {
                throw DomainException.badRequest("duty", "invalid_input");
            }
        }
        long team = ((Number) em.createNativeQuery("insert into service_team (name, created_by) values (?1, ?2)"
                + " returning id").setParameter(1, name.strip()).setParameter(2, actor.personId()).getSingleResult())
                .longValue();
        for (Map.Entry<Long, String> e : duties.entrySet()) {
            em.createNativeQuery("insert into service_team_member (team_id, person_id, duty) values (?1, ?2, ?3)")
                    .setParameter(1, team).setParameter(2, e.getKey()).setParameter(3, e.getValue()).executeUpdate();
        }
        return team;
    }

    /** Saved teams, newest first, members by name (also for the emergency plan). Two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamView> teams() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, t.name, t.created_at, m.person_id, m.duty from"
                + " service_team t join service_team_member m on m.team_id = t.id order by t.created_at desc, t.id")
                .getResultList();
        Map<Long, PeopleDirectory.Contact> members = people.byIds(rows.stream()
                .map(r -> ((Number) r[3]).longValue()).toList());
        Map<Long, TeamView> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            PeopleDirectory.Contact person = members.get(((Number) r[3]).longValue());
            if (person == null) {
                continue;
            }
            long id = ((Number) r[0]).longValue();
            out.computeIfAbsent(id, k -> new TeamView(id, (String) r[1], (Instant) r[2], new ArrayList<>())).members()
                    .add(new Member(person.id(), person.name(), (String) r[4]));
        }
        out.values().forEach(t -> t.members().sort(Comparator.comparing(Member::name)));
        return new ArrayList<>(out.values());
    }
}
