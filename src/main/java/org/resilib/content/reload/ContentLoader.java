package org.resilib.content.reload;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import org.resilib.config.ResilibConfig;
import org.resilib.audit.AuditLog;
import org.resilib.content.ContentProblem;
import org.resilib.content.ContentSection;
import org.resilib.content.CourseSync;
import org.resilib.content.folder.CourseFolderReader;

/**
 * Loads content/ into the database at start-up and when an admin asks. Idempotent: unchanged folders are skipped by
 * their hash. A folder that fails validation is reported and left as it was in the database; the others load.
 */
@ApplicationScoped
public class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class);
    private final ReentrantLock lock = new ReentrantLock();
    private final CourseSync sync;
    private final Instance<ContentSection> sections;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Path root;

    private final AuditLog audit;

    ContentLoader(CourseSync sync, Instance<ContentSection> sections, EntityManager em,
            ObjectMapper json, AuditLog audit,
            ResilibConfig config) {
        this.audit = audit;
        this.sync = sync;
        this.sections = sections;
        this.em = em;
        this.json = json;
        this.root = Paths.get(config.contentDir()).toAbsolutePath().normalize();
    }

    void onStart(@Observes StartupEvent event) {
        ReloadResult result = reload("startup");
        LOG.infof("Content from %s: %d loaded, %d updated, %d unchanged, %d archived, %d problems", root,
                result.loaded().size(), result.updated().size(), result.unchanged().size(), result.archived().size(),
                result.rejected().size());
    }

    public ReloadResult reload(String requestedBy) {
        lock.lock();
        try {
            ReloadResult result = doReload();
            record(requestedBy, result);
            return result;
        } finally {
            lock.unlock();
        }
    }

    private ReloadResult doReload() {
        List<String> loaded = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<ContentProblem> rejected = new ArrayList<>();
        // Frameworks and other sections first: courses refer to their codes.
        for (ContentSection section : sections) {
            List<ContentProblem> problems = section.load(root);
            problems.forEach(p -> LOG.warnf("Rejected %s", p));
            rejected.addAll(problems);
        }
        Path courses = root.resolve("courses");
        if (!Files.isDirectory(courses)) {
            // A wrong RESILIB_CONTENT_DIR must not archive every course.
            rejected.add(new ContentProblem("courses", 0, "missing_folder", root.toString()));
            LOG.warnf("No courses folder in %s: nothing loaded, nothing archived", root);
            return new ReloadResult(Instant.now(), loaded, updated, unchanged, List.of(), rejected);
        }
        CourseFolderReader reader = new CourseFolderReader(root);
        // Courses refer to what lies outside courses/ (framework codes): a change there reads every folder again.
        String outside;
        try {
            outside = FolderFingerprint.of(root, "", p -> !root.relativize(p).startsWith("courses"));
        } catch (UncheckedIOException e) {
            outside = "unreadable";
        }
        Map<String, String[]> lastLoads = lastLoads();
        Map<String, CourseSync.FileCourse> current = sync.fileCourses();
        Set<String> present = new HashSet<>();
        List<Path> folders;
        try (Stream<Path> list = Files.list(courses)) {
            folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            rejected.add(new ContentProblem("courses", 0, "unreadable", e.getClass().getSimpleName()));
            return new ReloadResult(Instant.now(), loaded, updated, unchanged, List.of(), rejected);
        }
        for (Path folder : folders) {
            String slug = folder.getFileName().toString();
            present.add(slug);
            String fingerprint;
            try {
                fingerprint = FolderFingerprint.of(folder, outside, p -> true);
            } catch (UncheckedIOException e) {
                fingerprint = null;
            }
            if (unchangedSinceLastLoad(fingerprint, lastLoads.get(slug), current.get(slug))) {
                unchanged.add(slug);
                continue;
            }
            CourseFolderReader.Result read = reader.read(folder);
            if (!read.problems().isEmpty()) {
                read.problems().forEach(p -> LOG.warnf("Rejected %s", p));
                rejected.addAll(read.problems());
                continue;
            }
            read.warnings().forEach(p -> LOG.warnf("Skipped %s", p));
            rejected.addAll(read.warnings());
            CourseSync.Outcome outcome = sync.apply(read.course());
            if (fingerprint != null && outcome != CourseSync.Outcome.CONFLICT
                    && outcome != CourseSync.Outcome.DETACHED) {
                rememberLoad(slug, fingerprint, read.course().hash());
            }
            switch (outcome) {
                case LOADED -> loaded.add(slug);
                case UPDATED -> updated.add(slug);
                case UNCHANGED -> unchanged.add(slug);
                case DETACHED -> {
                    LOG.infof("Left course %s alone: it was detached from its folder to be edited in the browser", slug);
                    unchanged.add(slug);
                }
                case CONFLICT -> {
                    ContentProblem p = new ContentProblem("courses/" + slug, 0, "slug_taken", slug);
                    LOG.warnf("Rejected %s", p);
                    rejected.add(p);
                }
            }
        }
        List<String> archived = sync.archiveMissing(present);
        archived.forEach(slug -> LOG.infof("Archived course %s: its folder is gone", slug));
        return new ReloadResult(Instant.now(), loaded, updated, unchanged, archived, rejected);
    }

    /**
     * Whether a folder can be skipped without reading it: its files are those of the last load, and the course is
     * still what that load made (not edited in the browser since, not archived, not detached).
     */
    static boolean unchangedSinceLastLoad(String fingerprint, String[] last, CourseSync.FileCourse course) {
        return fingerprint != null && last != null && course != null && fingerprint.equals(last[0])
                && last[1].equals(course.sourceHash()) && !course.archived() && !course.detached();
    }

    /** Slug to {fingerprint, source hash} of each folder's last load. */
    private Map<String, String[]> lastLoads() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select slug, fingerprint, source_hash from content_folder")
                .getResultList();
        Map<String, String[]> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], new String[] {(String) r[1], (String) r[2]}));
        return out;
    }

    private void rememberLoad(String slug, String fingerprint, String sourceHash) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into content_folder (slug,"
                + " fingerprint, source_hash) values (?1, ?2, ?3) on conflict (slug) do update set fingerprint ="
                + " excluded.fingerprint, source_hash = excluded.source_hash, loaded_at = now()")
                .setParameter(1, slug).setParameter(2, fingerprint).setParameter(3, sourceHash).executeUpdate());
    }

    @Transactional
    void record(String requestedBy, ReloadResult result) {
        try {
            em.createNativeQuery("insert into content_reload (requested_by, result) values (?1, cast(?2 as jsonb))")
                    .setParameter(1, requestedBy).setParameter(2, json.writeValueAsString(result)).executeUpdate();
            audit.record(null, requestedBy, AuditLog.Action.CONTENT_RELOADED, "content",
                    Map.of("loaded", result.loaded().size(), "updated", result.updated().size(),
                            "archived", result.archived().size(), "rejected", result.rejected().size()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most recent reload, for the admin page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReloadResult> last() {
        List<?> rows = em.createNativeQuery("select cast(result as text) from content_reload order by id desc limit 1")
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue((String) rows.get(0), ReloadResult.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path root() {
        return root;
    }
}
