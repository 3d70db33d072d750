package org.resilib.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resilib.competency.framework.Competency;
import org.resilib.competency.framework.Framework;
import org.resilib.competency.framework.FrameworkCatalog;
import org.resilib.competency.framework.FrameworkLoader;
import org.resilib.db.SqlArrays;
import org.resilib.identity.Role;
import org.resilib.people.PeopleDirectory;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/** The library-wide picture: librarians × competencies with levels and targets, and the gaps per competency. */
@ApplicationScoped
public class MatrixService {

    /** At most this many librarians are read for the matrix. */
    static final int MAX_PEOPLE = 2000;

    public record MatrixRow(long personId, String name, String email, List<Integer> levels, List<Integer> targets) {
    }

    public record GapRow(String code, String name, int withTarget, int reaching) {
    }

    public record Matrix(List<FrameworkCatalog.CompetencyView> competencies, List<MatrixRow> rows, List<GapRow> gaps,
            int maxLevel, List<FrameworkCatalog.FrameworkView> frameworks, String framework, String query) {
    }

    private final EntityManager em;
    private final PeopleDirectory people;
    private final FrameworkCatalog catalog;
    private final EvidenceReader evidence;
    private final TargetService targets;

    MatrixService(EntityManager em, PeopleDirectory people, FrameworkCatalog catalog, EvidenceReader evidence,
            TargetService targets) {
        this.em = em;
        this.people = people;
        this.catalog = catalog;
        this.evidence = evidence;
        this.targets = targets;
    }

    /**
     * In a fixed number of statements whatever the size: frameworks, librarians, competencies, the evidence
     * statements, latest assessments, targets.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Matrix matrix(String frameworkSlug, String query, Locale locale) {
        String framework = frameworkSlug == null || frameworkSlug.isBlank() ? null : frameworkSlug;
        if (framework != null && !FrameworkLoader.SLUG.matcher(framework).matches()) {
            throw DomainException.badRequest("framework", "invalid_input");
        }
        List<FrameworkCatalog.FrameworkView> frameworks = catalog.frameworks(locale);
        String q = query == null || query.isBlank() ? null : query.strip();
        List<PeopleDirectory.Contact> librarians = people.withRole(Role.LIBRARIAN, q, MAX_PEOPLE);
        List<FrameworkCatalog.InUse> comps = catalog.inUse(framework);
        List<Long> ids = librarians.stream().map(PeopleDirectory.Contact::id).toList();
        Map<Long, Map<String, List<ProficiencyRule.Evidence>>> ev = evidence.evidence(ids);
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        librarians.forEach(c -> roles.put(c.id(), c.roles()));
        Map<Long, Map<String, Integer>> tgts = targets.targets(roles);
        Map<Long, Map<String, Integer>> assessed = latestAssessments(ids);
        List<FrameworkCatalog.CompetencyView> views = new ArrayList<>();
        int max = 0;
        for (FrameworkCatalog.InUse row : comps) {
            Competency c = row.competency();
            views.add(new FrameworkCatalog.CompetencyView(c.code, LocalizedText.pick(c.name, locale), c.parentCode));
            max = Math.max(max, row.framework().maxLevel());
        }
        List<MatrixRow> rows = new ArrayList<>();
        int[] withTarget = new int[comps.size()];
        int[] reaching = new int[comps.size()];
        for (PeopleDirectory.Contact p : librarians) {
            long id = p.id();
            List<Integer> levels = new ArrayList<>();
            List<Integer> personTargets = new ArrayList<>();
            for (int i = 0; i < comps.size(); i++) {
                Competency c = comps.get(i).competency();
                Framework f = comps.get(i).framework();
                Integer a = assessed.getOrDefault(id, Map.of()).get(c.code);
                int level = a != null ? a : ProficiencyRule.derive(f.rules,
                        ev.getOrDefault(id, Map.of()).getOrDefault(c.code, List.of())).level();
                Integer t = tgts.getOrDefault(id, Map.of()).get(c.code);
                levels.add(level);
                personTargets.add(t);
                if (t != null) {
                    withTarget[i]++;
                    if (level >= t) {
                        reaching[i]++;
                    }
                }
            }
            rows.add(new MatrixRow(id, p.name(), p.email(), levels, personTargets));
        }
        List<GapRow> gaps = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            gaps.add(new GapRow(views.get(i).code(), views.get(i).name(), withTarget[i], reaching[i]));
        }
        return new Matrix(views, rows, gaps, max, frameworks, framework, q);
    }

    /** The latest assessed level per person and code. One statement. */
    private Map<Long, Map<String, Integer>> latestAssessments(List<Long> ids) {
        Map<Long, Map<String, Integer>> assessed = new HashMap<>();
        if (ids.isEmpty()) {
            return assessed;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (person_id, code) person_id, code, level from"
                + " competency_assessment where person_id = any(cast(?1 as bigint[])) order by person_id, code,"
                + " assessed_at desc, id desc").setParameter(1, SqlArrays.bigints(ids)).getResultList();
        for (Object[] r : rows) {
            assessed.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put((String) r[1],
                    ((Number) r[2]).intValue());
        }
        return assessed;
    }
}
