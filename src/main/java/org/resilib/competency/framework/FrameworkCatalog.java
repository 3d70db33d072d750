package org.resilib.competency.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/** The frameworks in use as others read them: scales and competencies in the reader's language, and scale checks. */
@ApplicationScoped
public class FrameworkCatalog {

    public record FrameworkView(String slug, String title, List<LevelView> levels, List<CompetencyView> competencies) {
    }

    public record LevelView(int level, String name, boolean proficient) {
    }

    public record CompetencyView(String code, String name, String parent) {
    }

    /** A competency in use with the framework it belongs to. */
    public record InUse(Competency competency, Framework framework) {
    }

    private final EntityManager em;

    FrameworkCatalog(EntityManager em) {
        this.em = em;
    }

    /** Frameworks not archived, with their competencies not retired. Two statements. */
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

    /** Competencies in use (of frameworks not archived, optionally only one), in framework and list order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InUse> inUse(String framework) {
        var query = em.createQuery("select c, f from Competency c, Framework f where f.id = c.frameworkId"
                + " and c.retired = false and f.archived = false" + (framework == null ? "" : " and f.slug = :fw")
                + " order by f.slug, c.position", Object[].class);
        if (framework != null) {
            query.setParameter("fw", framework);
        }
        return query.getResultList().stream().map(r -> new InUse((Competency) r[0], (Framework) r[1])).toList();
    }

    /** The highest level of each competency's scale, retired ones included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> maxLevels() {
        Map<String, Integer> out = new HashMap<>();
        for (Object[] row : em.createQuery("select c.code, f from Competency c, Framework f where f.id = c.frameworkId",
                Object[].class).getResultList()) {
            out.put((String) row[0], ((Framework) row[1]).maxLevel());
        }
        return out;
    }

    /** The framework of the competency in use with this code; a 400 naming the code when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Framework requireFrameworkOf(String code) {
        return em.createQuery("select f from Competency c, Framework f where f.id = c.frameworkId and"
                + " c.code = :code and c.retired = false", Framework.class).setParameter("code", code == null ? "" : code)
                .getResultStream().findFirst().orElseThrow(() -> DomainException.badRequest("code", "competency_unknown"));
    }

    /** Checks that the code names a competency in use and the level is a step of its framework's scale. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireLevel(String code, Integer level) {
        Framework f = requireFrameworkOf(code);
        if (level == null || f.levels.stream().noneMatch(l -> l.level() == level)) {
            throw DomainException.badRequest("level", "competency_level_invalid");
        }
    }
}
