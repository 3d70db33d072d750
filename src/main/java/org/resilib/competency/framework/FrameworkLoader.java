package org.resilib.competency.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.resilib.content.ContentProblem;
import org.resilib.content.ContentSection;
import org.resilib.content.YamlFiles;
import org.resilib.db.SqlArrays;

/**
 * Loads content/competencies/*.yaml: each file a framework (slug = file name). Idempotent by hash; a file that fails
 * validation is reported with its line and the framework stays as it was.
 */
@ApplicationScoped
public class FrameworkLoader implements ContentSection {

    private static final Logger LOG = Logger.getLogger(FrameworkLoader.class);

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(\\.[A-Z0-9]+)*");
    static final String SLUG_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    public static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public List<ContentProblem> load(Path root) {
        List<ContentProblem> problems = new ArrayList<>();
        List<YamlFiles.File> files = YamlFiles.read(root, "competencies", problems);
        if (files.isEmpty()) {
            return problems;
        }
        // A file unchanged since its last load is not parsed again. The codes of every other framework (unchanged
        // files, frameworks made in the browser or imported, retired competencies: codes are unique across all of
        // them) are taken as seen before any changed file is read, so a changed file that repeats one is told so with
        // its line, whatever the order of the files.
        List<YamlFiles.File> changed = YamlFiles.changed(files, loadedHashes());
        if (changed.isEmpty()) {
            return problems;
        }
        Set<String> codesSeen = new HashSet<>(codesOutside(changed.stream().map(YamlFiles.File::slug).toList()));
        for (YamlFiles.File file : changed) {
            List<ContentProblem> fileProblems = new ArrayList<>();
            FrameworkFile f = parse(file.text(), file.relative(), file.slug(), fileProblems, codesSeen);
            if (!fileProblems.isEmpty() || f == null) {
                problems.addAll(fileProblems);
                continue;
            }
            QuarkusTransaction.requiringNew().run(() -> syncFromFile(file.slug(), f, file.hash()));
        }
        return problems;
    }

    /** Slug to source hash of the frameworks last loaded from their files and still kept by them (one statement). */
    private Map<String, String> loadedHashes() {
        Map<String, String> hashes = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Framework.getEntityManager().createNativeQuery("select slug, source_hash from"
                    + " competency_framework where file_managed and not detached and source_hash is not null")
                    .getResultList();
            rows.forEach(r -> hashes.put((String) r[0], (String) r[1]));
        });
        return hashes;
    }

    /** The codes of all competencies, retired ones too, but those of the frameworks of these slugs (one statement). */
    private static List<String> codesOutside(List<String> slugs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> codes = Framework.getEntityManager().createNativeQuery("select c.code from competency c"
                    + " join competency_framework f on f.id = c.framework_id where f.slug <> all(cast(?1 as text[]))")
                    .setParameter(1, SqlArrays.texts(slugs)).getResultList();
            return codes;
        });
    }

    /** Parses and validates a framework file; problems name the line. Also used for admin edits and imports. */
    FrameworkFile parse(String text, String path, String slug, List<ContentProblem> problems, Set<String> codesSeen) {
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new ContentProblem(path, 1, "invalid_slug", slug));
            return null;
        }
        FrameworkFile f = YamlFiles.parse(yaml, text, FrameworkFile.class, path, problems);
        if (f == null) {
            return null;
        }
        Set<Integer> levels = new HashSet<>();
        for (Framework.Level l : f.levels()) {
            if (l.level() < 1 || !levels.add(l.level()) || l.name() == null || l.name().isEmpty()) {
                problems.add(new ContentProblem(path, lineOf(text, "level: " + l.level()), "invalid_value",
                        "levels: " + l.level()));
            }
        }
        if (f.levels().stream().noneMatch(Framework.Level::isProficient)) {
            problems.add(new ContentProblem(path, lineOf(text, "levels"), "missing_key", "proficient"));
        }
        int max = levels.stream().mapToInt(Integer::intValue).max().orElse(0);
        Framework.Rules r = f.rules();
        if (r != null) {
            for (Integer level : new Integer[] {r.courseCompleted(), r.sessionAttended(), r.workSampleReviewed(),
                    r.quizPassed() == null ? null : r.quizPassed().level()}) {
                if (level != null && (level < 1 || level > max)) {
                    problems.add(new ContentProblem(path, lineOf(text, "rules"), "invalid_value", "rules: " + level));
                }
            }
        }
        Set<String> inFile = new HashSet<>();
        for (FrameworkFile.Item item : f.competencies()) {
            if (item.code() == null || !CODE.matcher(item.code()).matches() || item.code().length() > 64) {
                problems.add(new ContentProblem(path, lineOf(text, "code: " + item.code()), "invalid_value",
                        "code: " + item.code()));
            } else if (!inFile.add(item.code()) || !codesSeen.add(item.code())) {
                problems.add(new ContentProblem(path, lineOf(text, "code: " + item.code()), "duplicate_code",
                        item.code()));
            }
        }
        for (FrameworkFile.Item item : f.competencies()) {
            if (item.parent() != null && !inFile.contains(item.parent())) {
                problems.add(new ContentProblem(path, lineOf(text, "parent: " + item.parent()), "unknown_parent",
                        item.parent()));
            }
        }
        return f;
    }

    /** A framework file replaces its framework, unless one of that slug was made or detached in the browser. */
    private void syncFromFile(String slug, FrameworkFile f, String hash) {
        Framework fw = Framework.<Framework>find("slug", slug).firstResult();
        if (fw != null && (!fw.fileManaged || fw.detached)) {
            LOG.infof("competencies/%s.yaml skipped: the framework is edited in the browser (detached from its file)",
                    slug);
            return;
        }
        sync(slug, f, hash).fileManaged = true;
    }

    /** Writes the framework and its competencies; competencies no longer listed are retired, never deleted. */
    Framework sync(String slug, FrameworkFile f, String hash) {
        Framework fw = Framework.<Framework>find("slug", slug).firstResult();
        if (fw != null && hash.equals(fw.sourceHash)) {
            return fw;
        }
        if (fw == null) {
            fw = new Framework();
            fw.slug = slug;
        }
        fw.title = f.title();
        fw.levels = f.levels();
        fw.rules = f.rules() == null ? new Framework.Rules(null, null, null, null) : f.rules();
        fw.sourceHash = hash;
        fw.updatedAt = Instant.now();
        fw.persist();
        Map<String, Competency> existing = new HashMap<>();
        Competency.<Competency>list("frameworkId", fw.id).forEach(c -> existing.put(c.code, c));
        int position = 0;
        for (FrameworkFile.Item item : f.competencies()) {
            Competency c = existing.remove(item.code());
            if (c == null) {
                c = new Competency();
                c.frameworkId = fw.id;
                c.code = item.code();
            }
            c.parentCode = item.parent();
            c.name = item.name();
            c.description = item.description() == null ? Map.of() : item.description();
            c.position = ++position;
            c.retired = false;
            c.persist();
        }
        existing.values().forEach(c -> c.retired = true);
        return fw;
    }

    static int lineOf(String text, String needle) {
        return ContentProblem.lineOf(text, needle);
    }
}
