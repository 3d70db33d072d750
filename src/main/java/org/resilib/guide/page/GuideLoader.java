package org.resilib.guide.page;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.resilib.content.ContentProblem;
import org.resilib.content.ContentSection;
import org.resilib.content.reload.FolderFingerprint;

/**
 * Loads {@code content/guides/<slug>/} with the content: a folder unchanged since its last load (its fingerprint)
 * is not read again; a changed one is written whole (the page and all its sections) in one transaction, or, with
 * any problem, reported with path and line and left as it was. A guide made in the browser under the same slug is
 * left alone, and so is one from content/ that was published in the browser (detached). Every write is the
 * guide's next version. At most one published guide is the emergency guide: a second is reported, not loaded.
 */
@ApplicationScoped
public class GuideLoader implements ContentSection {

    private static final Logger LOG = Logger.getLogger(GuideLoader.class);
    static final String FOLDER = "guides";

    private final EntityManager em;
    private final GuideWriter writer;

    GuideLoader(EntityManager em, GuideWriter writer) {
        this.em = em;
        this.writer = writer;
    }

    @Override
    public List<ContentProblem> load(Path root) {
        List<ContentProblem> problems = new ArrayList<>();
        Path dir = root.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return problems;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(FOLDER, 0, "unreadable", e.getClass().getSimpleName()));
            return problems;
        }
        Map<String, String> loaded = loadedHashes();
        for (Path folder : folders) {
            String slug = folder.getFileName().toString();
            String relative = FOLDER + "/" + slug;
            String hash = FolderFingerprint.of(folder, "guide/1", p -> true);
            if (hash.equals(loaded.get(slug))) {
                continue;
            }
            List<ContentProblem> found = new ArrayList<>();
            GuideDocument d = GuideFolderReader.read(folder, relative, found);
            if (d == null) {
                problems.addAll(found);
                continue;
            }
            problems.addAll(QuarkusTransaction.requiringNew().call(() -> sync(d, hash, relative)));
        }
        return problems;
    }

    private Map<String, String> loadedHashes() {
        Map<String, String> hashes = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select slug, source_hash from guide_page where file_managed"
                    + " and not detached and source_hash is not null").getResultList();
            rows.forEach(r -> hashes.put((String) r[0], (String) r[1]));
        });
        return hashes;
    }

    private List<ContentProblem> sync(GuideDocument d, String hash, String relative) {
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery("select id, file_managed and not detached from guide_page"
                + " where slug = ?1 for update").setParameter(1, d.slug()).getResultList();
        if (!existing.isEmpty() && !Boolean.TRUE.equals(existing.get(0)[1])) {
            LOG.infof("%s skipped: a guide of that name is kept in the browser", relative);
            return List.of();
        }
        Optional<String> taken = writer.emergencyTakenBy(d);
        if (taken.isPresent()) {
            return List.of(new ContentProblem(relative + "/guide.yaml", 1, "guide_emergency_taken", taken.get()));
        }
        writer.write(existing.isEmpty() ? null : ((Number) existing.get(0)[0]).longValue(), d, hash, true,
                GuideWriter.Source.FILE, null, null);
        return List.of();
    }
}
