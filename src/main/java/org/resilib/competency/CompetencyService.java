package org.resilib.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.course.LocalizedText;
import org.resilib.web.DomainException;

/**
 * A person's competencies: evidence read from what they did (courses completed, quizzes passed, sessions attended),
 * levels derived by the framework's rules, and assessments by instructors, whose latest rating is the level.
 */
@ApplicationScoped
public class CompetencyService {

    private final EntityManager em;

    CompetencyService(EntityManager em) {
        this.em = em;
    }

    public record Actor(long personId, boolean staff, boolean assessor) {
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
            out.add(new Entry(c.code, LocalizedText.pick(c.name, locale), f.slug, level, null, d.level(),
                    d.because() == null ? null : d.because().kind(), assessed, ev, as, level >= f.proficientLevel()));
        }
        return out;
    }

    private Map<String, List<ProficiencyRule.Evidence>> evidence(long personId, Locale locale) {
        Map<String, List<ProficiencyRule.Evidence>> out = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> completed = em.createNativeQuery("select c.slug, cast(c.competencies as text), max(p.completed_at)"
                + " from course c join course_module m on m.course_id = c.id and not m.retired join module_progress p"
                + " on p.module_id = m.id and p.person_id = ?1 where jsonb_array_length(c.competencies) > 0"
                + " group by c.id having count(p.module_id) = (select count(*) from course_module m2 where"
                + " m2.course_id = c.id and not m2.retired)").setParameter(1, personId).getResultList();
        for (Object[] r : completed) {
            add(out, (String) r[1], new ProficiencyRule.Evidence("course_completed", "/courses/" + r[0],
                    (Instant) r[2], (String) r[0], null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> quizzes = em.createNativeQuery("select c.slug, cast(c.competencies as text), max(a.percent),"
                + " max(a.submitted_at) from quiz_attempt a join course c on c.id = a.course_id where a.person_id = ?1"
                + " and a.state = 'graded' and a.passed and jsonb_array_length(c.competencies) > 0 group by c.id")
                .setParameter(1, personId).getResultList();
        for (Object[] r : quizzes) {
            double score = ((Number) r[2]).doubleValue();
            add(out, (String) r[1], new ProficiencyRule.Evidence("quiz_passed", "/courses/" + r[0] + "/quiz",
                    (Instant) r[3], r[0] + " " + Math.round(score * 10) / 10.0 + "%", score));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> sessions = em.createNativeQuery("select s.id, cast(c.competencies as text), s.starts_at,"
                + " cast(s.title as text) from session_registration r join live_session s on s.id = r.session_id"
                + " join course c on c.id = s.course_id where r.person_id = ?1 and r.attended")
                .setParameter(1, personId).getResultList();
        for (Object[] r : sessions) {
            add(out, (String) r[1], new ProficiencyRule.Evidence("session_attended", "/sessions/" + r[0],
                    (Instant) r[2], "#" + r[0], null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> samples = em.createNativeQuery("select code, url, coalesce(reviewed_at, submitted_at), note,"
                + " status from work_sample where person_id = ?1 and status <> 'rejected' order by submitted_at")
                .setParameter(1, personId).getResultList();
        for (Object[] r : samples) {
            String kind = "accepted".equals(r[4]) ? "work_sample_reviewed" : "work_sample_submitted";
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new ProficiencyRule.Evidence(kind,
                    (String) r[1], (Instant) r[2], (String) r[3], null));
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
        if (url == null || !org.resilib.livesession.SessionRules.httpUrl(url)) {
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

    private static void add(Map<String, List<ProficiencyRule.Evidence>> out, String codesJson,
            ProficiencyRule.Evidence e) {
        for (String code : codesJson.replaceAll("[\\[\\]\" ]", "").split(",")) {
            if (!code.isBlank()) {
                out.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
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
        Object[] row = em.createQuery("select c, f from Competency c, Framework f where f.id = c.frameworkId and"
                + " c.code = :code and c.retired = false", Object[].class).setParameter("code", code == null ? "" : code)
                .getResultStream().findFirst().orElseThrow(() -> DomainException.badRequest("code", "competency_unknown"));
        Framework f = (Framework) row[1];
        if (level == null || f.levels.stream().noneMatch(l -> l.level() == level)) {
            throw DomainException.badRequest("level", "competency_level_invalid");
        }
        if (note != null && note.length() > 2000) {
            throw DomainException.badRequest("note", "too_long");
        }
        return ((Number) em.createNativeQuery("insert into competency_assessment (person_id, code, level, note,"
                + " assessed_by) values (?1, ?2, ?3, ?4, ?5) returning id").setParameter(1, personId)
                .setParameter(2, code).setParameter(3, level).setParameter(4, note).setParameter(5, actor.personId())
                .getSingleResult()).longValue();
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
