package org.resilib.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resilib.audit.AuditLog;
import org.resilib.course.Course;
import org.resilib.db.SqlArrays;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.livesession.SessionRules;
import org.resilib.people.Person;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/**
 * A person's competencies: evidence read from what they did (courses completed, quizzes passed, sessions attended),
 * levels derived by the framework's rules, and assessments by instructors, whose latest rating is the level.
 */
@ApplicationScoped
public class CompetencyService {

    private final EntityManager em;

    private final AuditLog audit;

    CompetencyService(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    public record Actor(long personId, boolean staff, boolean assessor) {
        public static Actor of(Viewer viewer) {
            return new Actor(viewer.requireId(), viewer.isStaff(), viewer.isInstructor());
        }
    }

    public record Entry(String code, String name, String framework, int level, Integer target, int derivedLevel,
            String derivedFrom, Integer assessedLevel, List<ProficiencyRule.Evidence> evidence,
            List<Assessment> assessments, boolean proficient) {
    }

    public record Assessment(int level, String note, Instant at, String by) {
    }

    /** Who may see whose profile: librarians their own, instructors and admins everyone's, students nobody's. */
    static void checkAccess(long personId, Actor actor) {
        if (actor.assessor()) {
            return;
        }
        if (!actor.staff() || actor.personId() != personId) {
            throw DomainException.forbidden("forbidden");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> profile(long personId, Actor actor, Locale locale) {
        checkAccess(personId, actor);
        if (em.createNativeQuery("select 1 from person where id = ?1").setParameter(1, personId).getResultList()
                .isEmpty()) {
            throw DomainException.notFound("person");
        }
        Map<String, List<ProficiencyRule.Evidence>> evidence = evidence(personId, locale);
        Map<String, List<Assessment>> assessments = assessments(personId);
        Map<String, Integer> targets = targets(List.of(personId)).getOrDefault(personId, Map.of());
        List<Object[]> rows = em.createQuery("select c, f from Competency c, Framework f where f.id = c.frameworkId"
                + " and c.retired = false and f.archived = false order by f.slug, c.position", Object[].class)
                .getResultList();
        List<Entry> out = new ArrayList<>();
        for (Object[] row : rows) {
            Competency c = (Competency) row[0];
            Framework f = (Framework) row[1];
            List<ProficiencyRule.Evidence> ev = evidence.getOrDefault(c.code, List.of());
            List<Assessment> as = assessments.getOrDefault(c.code, List.of());
            ProficiencyRule.Derived d = ProficiencyRule.derive(f.rules, ev);
            Integer assessed = as.isEmpty() ? null : as.get(0).level();
            int level = assessed != null ? assessed : d.level();
            out.add(new Entry(c.code, LocalizedText.pick(c.name, locale), f.slug, level, targets.get(c.code), d.level(),
                    d.because() == null ? null : d.because().kind(), assessed, ev, as, level >= f.proficientLevel()));
        }
        return out;
    }

    private Map<String, List<ProficiencyRule.Evidence>> evidence(long personId, Locale locale) {
        return evidence(List.of(personId)).getOrDefault(personId, Map.of());
    }

    /**
     * Evidence for many people at once, read from what they did: five queries whatever the number of people, so the
     * library-wide matrix stays bounded.
     */
    Map<Long, Map<String, List<ProficiencyRule.Evidence>>> evidence(List<Long> people) {
        Map<Long, Map<String, List<ProficiencyRule.Evidence>>> out = new HashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        String ids = SqlArrays.bigints(people);
        @SuppressWarnings("unchecked")
        List<Object[]> completed = em.createNativeQuery("select p.person_id, c.slug, cast(c.competencies as text),"
                + " max(p.completed_at) from course c join course_module m on m.course_id = c.id and not m.retired"
                + " join module_progress p on p.module_id = m.id where p.person_id = any(cast(?1 as bigint[])) and"
                + " jsonb_array_length(c.competencies) > 0 group by p.person_id, c.id having count(p.module_id) ="
                + " (select count(*) from course_module m2 where m2.course_id = c.id and not m2.retired)")
                .setParameter(1, ids).getResultList();
        for (Object[] r : completed) {
            add(out, r[0], (String) r[2], new ProficiencyRule.Evidence("course_completed", "/courses/" + r[1],
                    (Instant) r[3], (String) r[1], null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> quizzes = em.createNativeQuery("select a.person_id, c.slug, cast(c.competencies as text),"
                + " max(a.percent), max(a.submitted_at) from quiz_attempt a join course c on c.id = a.course_id where"
                + " a.person_id = any(cast(?1 as bigint[])) and a.state = 'graded' and a.passed and"
                + " jsonb_array_length(c.competencies) > 0 group by a.person_id, c.id").setParameter(1, ids)
                .getResultList();
        for (Object[] r : quizzes) {
            double score = ((Number) r[3]).doubleValue();
            add(out, r[0], (String) r[2], new ProficiencyRule.Evidence("quiz_passed", "/courses/" + r[1] + "/quiz",
                    (Instant) r[4], r[1] + " " + Math.round(score * 10) / 10.0 + "%", score));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> sessions = em.createNativeQuery("select r.person_id, s.id, cast(c.competencies as text),"
                + " s.starts_at from session_registration r join live_session s on s.id = r.session_id join course c"
                + " on c.id = s.course_id where r.person_id = any(cast(?1 as bigint[])) and r.attended")
                .setParameter(1, ids).getResultList();
        for (Object[] r : sessions) {
            add(out, r[0], (String) r[2], new ProficiencyRule.Evidence("session_attended", "/sessions/" + r[1],
                    (Instant) r[3], "#" + r[1], null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> samples = em.createNativeQuery("select person_id, code, url, coalesce(reviewed_at, submitted_at),"
                + " note, status from work_sample where person_id = any(cast(?1 as bigint[])) and status <> 'rejected'"
                + " order by submitted_at").setParameter(1, ids).getResultList();
        for (Object[] r : samples) {
            String kind = "accepted".equals(r[5]) ? "work_sample_reviewed" : "work_sample_submitted";
            add(out, r[0], "[" + r[1] + "]", new ProficiencyRule.Evidence(kind, (String) r[2], (Instant) r[3],
                    (String) r[4], null));
        }
        return out;
    }

    /** A librarian submits a link to their work (a micro-video, a post, a slide deck) with a note, for review. */
    @Transactional
    public long submitSample(String code, String url, String note, Actor actor) {
        if (!actor.staff()) {
            throw DomainException.forbidden("forbidden");
        }
        if (Competency.count("code = ?1 and retired = false", code == null ? "" : code) == 0) {
            throw DomainException.badRequest("code", "competency_unknown");
        }
        if (url == null || !SessionRules.httpUrl(url)) {
            throw DomainException.badRequest("url", "session_url_invalid");
        }
        if (note != null && note.length() > 2000) {
            throw DomainException.badRequest("note", "too_long");
        }
        return ((Number) em.createNativeQuery("insert into work_sample (person_id, code, url, note) values"
                + " (?1, ?2, ?3, ?4) returning id").setParameter(1, actor.personId()).setParameter(2, code)
                .setParameter(3, url.strip()).setParameter(4, note).getSingleResult()).longValue();
    }

    /** An instructor accepts or rejects a work sample; an accepted one is evidence for the rule's level. */
    @Transactional
    public void reviewSample(long sampleId, boolean accept, String note, Actor actor) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        int n = em.createNativeQuery("update work_sample set status = ?2, reviewed_by = ?3, reviewed_at = now(),"
                + " review_note = ?4 where id = ?1").setParameter(1, sampleId)
                .setParameter(2, accept ? "accepted" : "rejected").setParameter(3, actor.personId())
                .setParameter(4, note).executeUpdate();
        if (n == 0) {
            throw DomainException.notFound("page");
        }
    }

    public record Sample(long id, long personId, String person, String code, String url, String note, Instant at) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sample> samplesToReview() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select w.id, w.person_id, p.display_name, w.code, w.url, w.note,"
                + " w.submitted_at from work_sample w join person p on p.id = w.person_id where w.status = 'submitted'"
                + " order by w.submitted_at limit 200").getResultList();
        return rows.stream().map(r -> new Sample(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (Instant) r[6])).toList();
    }

    private static void add(Map<Long, Map<String, List<ProficiencyRule.Evidence>>> out, Object person,
            String codesJson, ProficiencyRule.Evidence e) {
        Map<String, List<ProficiencyRule.Evidence>> byCode = out.computeIfAbsent(((Number) person).longValue(),
                k -> new LinkedHashMap<>());
        for (String code : codesJson.replaceAll("[\\[\\]\" ]", "").split(",")) {
            if (!code.isBlank()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
            }
        }
    }

    private Map<String, List<Assessment>> assessments(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.code, a.level, a.note, a.assessed_at, p.display_name from"
                + " competency_assessment a join person p on p.id = a.assessed_by where a.person_id = ?1"
                + " order by a.assessed_at desc, a.id desc").setParameter(1, personId).getResultList();
        Map<String, List<Assessment>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Assessment(((Number) r[1]).intValue(),
                    (String) r[2], (Instant) r[3], (String) r[4]));
        }
        return out;
    }

    /** Target levels per person: their own, else the highest set for one of their roles. One query. */
    Map<Long, Map<String, Integer>> targets(List<Long> people) {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, t.code, t.level, t.person_id is not null from person p"
                + " join competency_target t on t.person_id = p.id or t.role in (select r.role from person_role r where"
                + " r.person_id = p.id) where p.id = any(cast(?1 as bigint[])) order by t.person_id is not null")
                .setParameter(1, SqlArrays.bigints(people))
                .getResultList();
        Map<Long, Set<String>> personal = new HashMap<>();
        for (Object[] r : rows) {
            long person = ((Number) r[0]).longValue();
            String code = (String) r[1];
            int level = ((Number) r[2]).intValue();
            Map<String, Integer> mine = out.computeIfAbsent(person, k -> new HashMap<>());
            if (Boolean.TRUE.equals(r[3])) {
                mine.put(code, level);
                personal.computeIfAbsent(person, k -> new HashSet<>()).add(code);
            } else if (!personal.getOrDefault(person, Set.of()).contains(code)) {
                mine.merge(code, level, Math::max);
            }
        }
        return out;
    }

    /** Checks that the code names a competency in use and the level is a step of its framework's scale. */
    private void requireLevel(String code, Integer level) {
        Framework f = em.createQuery("select f from Competency c, Framework f where f.id = c.frameworkId and"
                + " c.code = :code and c.retired = false", Framework.class).setParameter("code", code == null ? "" : code)
                .getResultStream().findFirst().orElseThrow(() -> DomainException.badRequest("code", "competency_unknown"));
        if (level == null || f.levels.stream().noneMatch(l -> l.level() == level)) {
            throw DomainException.badRequest("level", "competency_level_invalid");
        }
    }

    /** Sets a target level for one person (by email) or for everyone with a role. */
    @Transactional
    public void setTarget(String email, String role, String code, Integer level, Actor actor) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        requireLevel(code, level);
        if (email != null && !email.isBlank()) {
            Long person = Person.findByEmail(email).map(p -> p.id)
                    .orElseThrow(() -> DomainException.badRequest("email", "not_found_person"));
            em.createNativeQuery("insert into competency_target (person_id, code, level, set_by) values (?1, ?2, ?3, ?4)"
                    + " on conflict (person_id, code) where person_id is not null do update set level = excluded.level,"
                    + " set_by = excluded.set_by, set_at = now()").setParameter(1, person).setParameter(2, code)
                    .setParameter(3, level).setParameter(4, actor.personId()).executeUpdate();
        } else if (role != null && Role.fromKey(role).isPresent()) {
            em.createNativeQuery("insert into competency_target (role, code, level, set_by) values (?1, ?2, ?3, ?4)"
                    + " on conflict (role, code) where role is not null do update set level = excluded.level,"
                    + " set_by = excluded.set_by, set_at = now()").setParameter(1, role).setParameter(2, code)
                    .setParameter(3, level).setParameter(4, actor.personId()).executeUpdate();
        } else {
            throw DomainException.badRequest("role", "invalid_role");
        }
    }

    /** Published courses that evidence each code, for closing gaps. One query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<String[]>> coursesFor(Locale locale) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (Course c : Course.<Course>list(
                "status = ?1", "published")) {
            for (String code : c.competencies) {
                out.computeIfAbsent(code, k -> new ArrayList<>()).add(new String[] {c.slug, c.title(locale)});
            }
        }
        return out;
    }

    // ---- the library-wide picture ------------------------------------------------------------------------------

    public record MatrixRow(long personId, String name, String email, List<Integer> levels, List<Integer> targets) {
    }

    public record GapRow(String code, String name, int withTarget, int reaching) {
    }

    public record Matrix(List<CompetencyView> competencies, List<MatrixRow> rows, List<GapRow> gaps, int maxLevel,
            List<FrameworkView> frameworks, String framework, String query) {
    }

    /**
     * Librarians × competencies with levels and targets, in a fixed number of queries whatever the size: people,
     * competencies, five evidence queries, latest assessments, targets.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Matrix matrix(String framework, String query, Locale locale) {
        List<FrameworkView> frameworks = frameworks(locale);
        String q = query == null || query.isBlank() ? null : query.strip();
        var peopleQuery = em.createNativeQuery("select p.id, p.display_name, p.email from person p where p.active"
                + " and exists (select 1 from person_role r where r.person_id = p.id and r.role = 'librarian')"
                + (q == null ? "" : " and (strpos(lower(p.display_name), lower(?1)) > 0 or strpos(lower(p.email),"
                        + " lower(?1)) > 0)")
                + " order by p.display_name, p.id limit 2000");
        if (q != null) {
            peopleQuery.setParameter(1, q);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> people = peopleQuery.getResultList();
        var compQuery = em.createQuery("select c, f from Competency c, Framework f where f.id = c.frameworkId"
                + " and c.retired = false and f.archived = false" + (framework == null ? "" : " and f.slug = :fw")
                + " order by f.slug, c.position", Object[].class);
        if (framework != null) {
            compQuery.setParameter("fw", framework);
        }
        List<Object[]> comps = compQuery.getResultList();
        List<Long> ids = people.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Map<String, List<ProficiencyRule.Evidence>>> evidence = evidence(ids);
        Map<Long, Map<String, Integer>> targets = targets(ids);
        Map<Long, Map<String, Integer>> assessed = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select distinct on (person_id, code) person_id, code, level from"
                    + " competency_assessment where person_id = any(cast(?1 as bigint[])) order by person_id, code,"
                    + " assessed_at desc, id desc")
                    .setParameter(1, SqlArrays.bigints(ids))
                    .getResultList();
            for (Object[] r : rows) {
                assessed.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put((String) r[1],
                        ((Number) r[2]).intValue());
            }
        }
        List<CompetencyView> views = new ArrayList<>();
        int max = 0;
        for (Object[] row : comps) {
            Competency c = (Competency) row[0];
            views.add(new CompetencyView(c.code, LocalizedText.pick(c.name, locale), c.parentCode));
            max = Math.max(max, ((Framework) row[1]).maxLevel());
        }
        List<MatrixRow> rows = new ArrayList<>();
        int[] withTarget = new int[comps.size()];
        int[] reaching = new int[comps.size()];
        for (Object[] p : people) {
            long id = ((Number) p[0]).longValue();
            List<Integer> levels = new ArrayList<>();
            List<Integer> tgts = new ArrayList<>();
            for (int i = 0; i < comps.size(); i++) {
                Competency c = (Competency) comps.get(i)[0];
                Framework f = (Framework) comps.get(i)[1];
                Integer a = assessed.getOrDefault(id, Map.of()).get(c.code);
                int level = a != null ? a : ProficiencyRule.derive(f.rules,
                        evidence.getOrDefault(id, Map.of()).getOrDefault(c.code, List.of())).level();
                Integer t = targets.getOrDefault(id, Map.of()).get(c.code);
                levels.add(level);
                tgts.add(t);
                if (t != null) {
                    withTarget[i]++;
                    if (level >= t) {
                        reaching[i]++;
                    }
                }
            }
            rows.add(new MatrixRow(id, (String) p[1], (String) p[2], levels, tgts));
        }
        List<GapRow> gaps = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            gaps.add(new GapRow(views.get(i).code(), views.get(i).name(), withTarget[i], reaching[i]));
        }
        return new Matrix(views, rows, gaps, max, frameworks, framework, q);
    }

    // ---- emergency teams ----------------------------------------------------------------------------------------

    /** Proposes a team from active librarians' current levels (same computation as the matrix). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamBuilder.Proposal proposeTeam(List<TeamBuilder.Requirement> requirements, Integer size, Actor actor,
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
        Matrix m = matrix(null, null, locale);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < m.competencies().size(); i++) {
            index.put(m.competencies().get(i).code(), i);
        }
        Map<String, Integer> maxByCode = new HashMap<>();
        for (Object[] row : em.createQuery("select c.code, f from Competency c, Framework f where f.id = c.frameworkId",
                Object[].class).getResultList()) {
            maxByCode.put((String) row[0], ((Framework) row[1]).maxLevel());
        }
        for (TeamBuilder.Requirement r : requirements) {
            if (!index.containsKey(r.code())) {
                throw DomainException.badRequest("requirements", "competency_unknown");
            }
            if (r.minLevel() < 1 || r.minLevel() > maxByCode.getOrDefault(r.code(), 0)) {
                throw DomainException.badRequest("requirements", "competency_level_invalid");
            }
        }
        List<TeamBuilder.Candidate> candidates = new ArrayList<>();
        for (MatrixRow row : m.rows()) {
            Map<String, Integer> levels = new HashMap<>();
            for (TeamBuilder.Requirement r : requirements) {
                levels.put(r.code(), row.levels().get(index.get(r.code())));
            }
            candidates.add(new TeamBuilder.Candidate(row.personId(), row.name(), levels));
        }
        return TeamBuilder.propose(requirements, size, candidates);
    }

    public static final List<String> DUTIES = List.of("online-resources", "e-reserves", "it-support", "online-reference",
            "promotion", "coordination");

    /** Saves a team the admin adjusted: members and their duties. */
    @Transactional
    public long saveTeam(String name, Map<Long, String> duties, Actor actor) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw DomainException.badRequest("name", name == null || name.isBlank() ? "required" : "too_long");
        }
        if (duties.isEmpty()) {
            throw DomainException.badRequest("members", "required");
        }
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

    public record TeamView(long id, String name, Instant createdAt, List<String[]> members) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamView> teams() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, t.name, t.created_at, p.display_name, m.duty from"
                + " service_team t join service_team_member m on m.team_id = t.id join person p on p.id = m.person_id"
                + " order by t.created_at desc, t.id, p.display_name").getResultList();
        Map<Long, TeamView> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.computeIfAbsent(id, k -> new TeamView(id, (String) r[1], (Instant) r[2], new ArrayList<>())).members()
                    .add(new String[] {(String) r[3], (String) r[4]});
        }
        return new ArrayList<>(out.values());
    }

    /** Records an instructor's rating; the level must be on the competency's scale. */
    @Transactional
    public long assess(long personId, String code, Integer level, String note, Actor actor) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        if (em.createNativeQuery("select 1 from person where id = ?1").setParameter(1, personId).getResultList()
                .isEmpty()) {
            throw DomainException.notFound("person");
        }
        requireLevel(code, level);
        if (note != null && note.length() > 2000) {
            throw DomainException.badRequest("note", "too_long");
        }
        long id = ((Number) em.createNativeQuery("insert into competency_assessment (person_id, code, level, note,"
                + " assessed_by) values (?1, ?2, ?3, ?4, ?5) returning id").setParameter(1, personId)
                .setParameter(2, code).setParameter(3, level).setParameter(4, note).setParameter(5, actor.personId())
                .getSingleResult()).longValue();
        audit.record(actor.personId(), null, AuditLog.Action.ASSESSMENT_RECORDED,
                "person:" + personId, Map.of("code", code, "level", level));
        return id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String personName(long id) {
        List<?> rows = em.createNativeQuery("select display_name from person where id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("person");
        }
        return (String) rows.get(0);
    }

    public record FrameworkView(String slug, String title, List<LevelView> levels, List<CompetencyView> competencies) {
    }

    public record LevelView(int level, String name, boolean proficient) {
    }

    public record CompetencyView(String code, String name, String parent) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FrameworkView> frameworks(Locale locale) {
        List<Framework> fws = Framework.list("archived = false order by slug");
        Map<Long, List<CompetencyView>> byFramework = new HashMap<>();
        for (Competency c : Competency.<Competency>list("retired = false order by position")) {
            byFramework.computeIfAbsent(c.frameworkId, k -> new ArrayList<>())
                    .add(new CompetencyView(c.code, LocalizedText.pick(c.name, locale), c.parentCode));
        }
        return fws.stream().map(f -> new FrameworkView(f.slug, LocalizedText.pick(f.title, locale),
                f.levels.stream().map(l -> new LevelView(l.level(), LocalizedText.pick(l.name(), locale),
                        l.isProficient())).toList(), byFramework.getOrDefault(f.id, List.of()))).toList();
    }
}
