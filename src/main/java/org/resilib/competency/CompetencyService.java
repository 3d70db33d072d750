package org.resilib.competency;

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
import org.resilib.audit.AuditLog;
import org.resilib.competency.framework.Competency;
import org.resilib.competency.framework.Framework;
import org.resilib.competency.framework.FrameworkCatalog;
import org.resilib.course.CourseSummaries;
import org.resilib.people.PeopleDirectory;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/**
 * A person's competencies: evidence read from what they did (see {@link EvidenceReader}), levels derived by the
 * framework's rules, and assessments by instructors, whose latest rating is the level.
 */
@ApplicationScoped
public class CompetencyService {

    private final EntityManager em;
    private final AuditLog audit;
    private final PeopleDirectory people;
    private final FrameworkCatalog catalog;
    private final EvidenceReader evidence;
    private final TargetService targets;
    private final FormCheck check;
    private final CourseSummaries courses;

    CompetencyService(EntityManager em, AuditLog audit, PeopleDirectory people, FrameworkCatalog catalog,
            EvidenceReader evidence, TargetService targets, FormCheck check, CourseSummaries courses) {
        this.check = check;
        this.courses = courses;
        this.em = em;
        this.audit = audit;
        this.people = people;
        this.catalog = catalog;
        this.evidence = evidence;
        this.targets = targets;
    }

    public record Entry(String code, String name, String framework, int level, Integer target, int derivedLevel,
            String derivedFrom, Integer assessedLevel, List<ProficiencyRule.Evidence> evidence,
            List<Assessment> assessments, boolean proficient) {
    }

    public record Assessment(int level, String note, Instant at, String by) {
    }

    /** A course that evidences a competency, for closing gaps, and whether it has a quiz. */
    public record CourseLink(String slug, String title, boolean hasQuiz) {
    }

    /** What a profile page shows: the person, their entries, grouped by framework, and courses per code. */
    public record ProfileView(long personId, String personName, List<Entry> entries, List<Section> sections,
            Map<String, List<CourseLink>> courses) {
    }

    /**
     * One framework on a profile: its scale with the ways each level is reached, whether it counts work samples,
     * and the person's competencies under it.
     */
    public record Section(String slug, String title, List<Step> scale, boolean countsSamples, List<Row> rows) {
    }

    /** A level of the scale, its name, and the evidence that reaches it. */
    public record Step(int level, String name, boolean proficient, List<LevelGuide.Way> ways) {
    }

    /** A competency on the profile: the entry, its level's and target's names, and what would raise it. */
    public record Row(Entry entry, String levelName, String targetName, List<Raise> raise) {
    }

    /**
     * Something that would raise a level: a way, the level it gives with its name, and the courses to do it with
     * (none for work samples).
     */
    public record Raise(LevelGuide.Way way, String levelName, List<CourseLink> courses) {
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
        PeopleDirectory.Contact person = people.byId(personId).orElseThrow(() -> DomainException.notFound("person"));
        return entries(person, catalog.inUse(null), locale);
    }

    /** The profile page: entries by framework with the scales explained, and the courses that raise levels. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView profilePage(long personId, Actor actor, Locale locale) {
        checkAccess(personId, actor);
        PeopleDirectory.Contact person = people.byId(personId).orElseThrow(() -> DomainException.notFound("person"));
        List<FrameworkCatalog.InUse> inUse = catalog.inUse(null);
        List<Entry> entries = entries(person, inUse, locale);
        Map<String, List<CourseLink>> courses = coursesFor(locale);
        Map<String, Section> sections = new LinkedHashMap<>();
        for (int i = 0; i < inUse.size(); i++) {
            Framework f = inUse.get(i).framework();
            Entry e = entries.get(i);
            Section s = sections.computeIfAbsent(f.slug, k -> section(f, locale));
            s.rows().add(new Row(e, levelName(f, e.level(), locale), e.target() == null ? null
                    : levelName(f, e.target(), locale), raise(f, e, courses.getOrDefault(e.code(), List.of()),
                            locale)));
        }
        return new ProfileView(personId, person.name(), entries, List.copyOf(sections.values()), courses);
    }

    private static Section section(Framework f, Locale locale) {
        List<Step> scale = f.levels.stream().sorted(Comparator.comparingInt(Framework.Level::level))
                .map(l -> new Step(l.level(), LocalizedText.pick(l.name(), locale), l.level() == f.proficientLevel(),
                        LevelGuide.to(f.rules, l.level()))).toList();
        return new Section(f.slug, LocalizedText.pick(f.title, locale), scale, LevelGuide.countsSamples(f.rules),
                new ArrayList<>());
    }

    private static String levelName(Framework f, int level, Locale locale) {
        return f.levels.stream().filter(l -> l.level() == level).findFirst()
                .map(l -> LocalizedText.pick(l.name(), locale)).orElse(null);
    }

    /**
     * What would raise this entry: the rules' ways above its level that can be done (a course-based way needs a
     * mapped course; a quiz way a mapped course with a quiz). None while an assessment stands, which only a new
     * assessment changes.
     */
    private static List<Raise> raise(Framework f, Entry e, List<CourseLink> mapped, Locale locale) {
        if (e.assessedLevel() != null) {
            return List.of();
        }
        List<Raise> out = new ArrayList<>();
        for (LevelGuide.Way w : LevelGuide.above(f.rules, e.level())) {
            List<CourseLink> with = switch (w.kind()) {
                case LevelGuide.QUIZ_PASSED -> mapped.stream().filter(CourseLink::hasQuiz).toList();
                case LevelGuide.WORK_SAMPLE_REVIEWED -> List.of();
                default -> mapped;
            };
            if (with.isEmpty() && !LevelGuide.WORK_SAMPLE_REVIEWED.equals(w.kind())) {
                continue;
            }
            out.add(new Raise(w, levelName(f, w.level(), locale), with));
        }
        return out;
    }

    /** One entry per competency in use, in the order of {@code inUse}. */
    private List<Entry> entries(PeopleDirectory.Contact person, List<FrameworkCatalog.InUse> inUse, Locale locale) {
        long personId = person.id();
        Map<String, List<ProficiencyRule.Evidence>> ev = evidence.evidence(List.of(personId))
                .getOrDefault(personId, Map.of());
        Map<String, List<Assessment>> assessments = assessments(personId);
        Map<String, Integer> personTargets = targets.targets(Map.of(personId, person.roles()))
                .getOrDefault(personId, Map.of());
        List<Entry> out = new ArrayList<>();
        for (FrameworkCatalog.InUse row : inUse) {
            Competency c = row.competency();
            Framework f = row.framework();
            List<ProficiencyRule.Evidence> mine = ev.getOrDefault(c.code, List.of());
            List<Assessment> as = assessments.getOrDefault(c.code, List.of());
            ProficiencyRule.Derived d = ProficiencyRule.derive(f.rules, mine);
            Integer assessed = as.isEmpty() ? null : as.get(0).level();
            int level = assessed != null ? assessed : d.level();
            out.add(new Entry(c.code, LocalizedText.pick(c.name, locale), f.slug, level, personTargets.get(c.code),
                    d.level(), d.because() == null ? null : d.because().kind(), assessed, mine, as,
                    level >= f.proficientLevel()));
        }
        return out;
    }

    /** Assessments of a person per code, latest first, with the assessors' names. Two statements. */
    private Map<String, List<Assessment>> assessments(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, level, note, assessed_at, assessed_by from"
                + " competency_assessment where person_id = ?1 order by assessed_at desc, id desc")
                .setParameter(1, personId).getResultList();
        Map<Long, PeopleDirectory.Contact> assessors = people.byIds(rows.stream()
                .map(r -> ((Number) r[4]).longValue()).toList());
        Map<String, List<Assessment>> out = new HashMap<>();
        for (Object[] r : rows) {
            PeopleDirectory.Contact by = assessors.get(((Number) r[4]).longValue());
            if (by != null) {
                out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Assessment(
                        ((Number) r[1]).intValue(), (String) r[2], (Instant) r[3], by.name()));
            }
        }
        return out;
    }

    /** Published courses that evidence each code, for closing gaps. The course outline's statement at most. */
    private Map<String, List<CourseLink>> coursesFor(Locale locale) {
        Map<String, List<CourseLink>> out = new HashMap<>();
        for (CourseSummaries.Published c : courses.published(locale)) {
            for (String code : c.competencies()) {
                out.computeIfAbsent(code, k -> new ArrayList<>()).add(new CourseLink(c.slug(), c.title(),
                        c.hasQuiz()));
            }
        }
        return out;
    }

    /** Records an instructor's rating; the level must be on the competency's scale. */
    @Transactional
    public long assess(long personId, AssessmentForm form, Actor actor) {
        String code = form.code();
        Integer level = form.level();
        String note = form.note();
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        if (!people.exists(personId)) {
            throw DomainException.notFound("person");
        }
        catalog.requireLevel(code, level);
        check.require(form);
        long id = ((Number) em.createNativeQuery("insert into competency_assessment (person_id, code, level, note,"
                + " assessed_by) values (?1, ?2, ?3, ?4, ?5) returning id").setParameter(1, personId)
                .setParameter(2, code).setParameter(3, level).setParameter(4, note).setParameter(5, actor.personId())
                .getSingleResult()).longValue();
        audit.record(actor.personId(), null, AuditLog.Action.ASSESSMENT_RECORDED,
                "person:" + personId, Map.of("code", code, "level", level));
        return id;
    }
}
