package org.resilib.survey;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.resilib.content.ContentProblem;
import org.resilib.content.ContentSection;
import org.resilib.content.YamlFiles;
import org.resilib.survey.definition.SurveyChange;
import org.resilib.survey.definition.SurveyCheck;
import org.resilib.survey.definition.SurveyFile;

/**
 * Loads {@code content/surveys/*.yaml} with the content: each file a survey (slug = file name), written when its
 * text changed, published. A file with problems is reported with its line and its survey stays as it was; a survey
 * made in the browser under the same slug is left alone.
 */
@ApplicationScoped
public class SurveyLoader implements ContentSection {

    private static final Logger LOG = Logger.getLogger(SurveyLoader.class);

    private final EntityManager em;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    SurveyLoader(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ContentProblem> load(Path root) {
        List<ContentProblem> problems = new ArrayList<>();
        List<YamlFiles.File> files = YamlFiles.read(root, "surveys", problems);
        // a file unchanged since its last load is not parsed again
        for (YamlFiles.File file : files.isEmpty() ? files : YamlFiles.changed(files, loadedHashes())) {
            List<ContentProblem> fileProblems = new ArrayList<>();
            SurveyFile f = parse(file.text(), file.relative(), file.slug(), fileProblems);
            if (f == null || !fileProblems.isEmpty()) {
                problems.addAll(fileProblems);
                continue;
            }
            problems.addAll(QuarkusTransaction.requiringNew().call(() -> sync(file.slug(), f, file.hash(), file.text(),
                    file.relative())));
        }
        return problems;
    }

    /** Slug to source hash of the surveys last loaded from their files (one statement). */
    private Map<String, String> loadedHashes() {
        Map<String, String> hashes = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select slug, source_hash from survey where file_managed"
                    + " and source_hash is not null").getResultList();
            rows.forEach(r -> hashes.put((String) r[0], (String) r[1]));
        });
        return hashes;
    }

    /** A survey file (or a survey's text from the browser editor) parsed and checked; null when it cannot be used. */
    public SurveyFile parse(String text, String path, String slug, List<ContentProblem> problems) {
        if (!SurveyCheck.SLUG.matcher(slug).matches() || SurveyCheck.RESERVED.contains(slug)) {
            problems.add(new ContentProblem(path, 1, "invalid_slug", slug));
            return null;
        }
        SurveyFile f = YamlFiles.parse(yaml, text, SurveyFile.class, path, problems);
        if (f != null) {
            problems.addAll(SurveyCheck.problems(f, text, path));
        }
        return f;
    }

    /** Writes the survey; a change its responses forbid is refused (see {@link SurveyChange}) and reported. */
    private List<ContentProblem> sync(String slug, SurveyFile f, String hash, String text, String path) {
        Survey s = Survey.<Survey>find("slug", slug).firstResult();
        if (s != null && !s.fileManaged) {
            LOG.infof("surveys/%s.yaml skipped: a survey of that name was made in the browser", slug);
            return List.of();
        }
        if (s != null && hash.equals(s.sourceHash)) {
            return List.of();
        }
        if (s != null) {
            @SuppressWarnings("unchecked")
            List<String> answered = em.createNativeQuery("select distinct jsonb_object_keys(answers) from"
                    + " survey_response where survey_id = ?1").setParameter(1, s.id).getResultList();
            List<String> refused = SurveyChange.refused(s.definition, f, Set.copyOf(answered));
            if (!refused.isEmpty()) {
                return refused.stream().map(r -> new ContentProblem(path, ContentProblem.lineOf(text,
                        "id: " + r.substring(0, r.indexOf(':'))), "survey_change_refused", r)).toList();
            }
        }
        if (s == null) {
            s = new Survey();
            s.slug = slug;
            s.fileManaged = true;
        }
        s.define(f);
        s.sourceHash = hash;
        s.persist();
        return List.of();
    }
}
