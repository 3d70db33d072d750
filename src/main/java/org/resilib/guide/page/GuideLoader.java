package org.resilib.guide.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.resilib.content.ContentProblem;
import org.resilib.content.ContentSection;
import org.resilib.content.reload.FolderFingerprint;

/**
 * Loads {@code content/guides/<slug>/} with the content: a folder unchanged since its last load (its fingerprint)
 * is not read again; a changed one is written whole (the page and all its sections) in one transaction, or, with
 * any problem, reported with path and line and left as it was. A guide made in the browser under the same slug is
 * left alone. At most one published guide is the emergency guide: a second is reported, not loaded.
 */
@ApplicationScoped
public class GuideLoader implements ContentSection {

    private static final Logger LOG = Logger.getLogger(GuideLoader.class);
    static final String FOLDER = "guides";

    private final EntityManager em;
    private final ObjectMapper json;

    GuideLoader(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
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
                    + " and source_hash is not null").getResultList();
            rows.forEach(r -> hashes.put((String) r[0], (String) r[1]));
        });
        return hashes;
    }

    private List<ContentProblem> sync(GuideDocument d, String hash, String relative) {
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery("select id, file_managed from guide_page where slug = ?1"
                + " for update").setParameter(1, d.slug()).getResultList();
        if (!existing.isEmpty() && !Boolean.TRUE.equals(existing.get(0)[1])) {
            LOG.infof("%s skipped: a guide of that name is kept in the browser", relative);
            return List.of();
        }
        if (d.emergency() && d.status().equals("published")) {
            // Serialises loaders deciding which guide is the emergency one.
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('guide_page.emergency'))").getSingleResult();
            @SuppressWarnings("unchecked")
            List<String> other = em.createNativeQuery("select slug from guide_page where emergency and status ="
                    + " 'published' and slug <> ?1").setParameter(1, d.slug()).getResultList();
            if (!other.isEmpty()) {
                return List.of(new ContentProblem(relative + "/guide.yaml", 1, "guide_emergency_taken",
                        other.get(0)));
            }
        }
        long id;
        if (existing.isEmpty()) {
            id = ((Number) em.createNativeQuery("insert into guide_page (slug, title, summary, emergency, status,"
                    + " source_hash) values (?1, cast(?2 as jsonb), cast(?3 as jsonb), ?4, ?5, ?6) returning id")
                    .setParameter(1, d.slug()).setParameter(2, write(d.title())).setParameter(3, write(d.summary()))
                    .setParameter(4, d.emergency()).setParameter(5, d.status()).setParameter(6, hash)
                    .getSingleResult()).longValue();
        } else {
            id = ((Number) existing.get(0)[0]).longValue();
            em.createNativeQuery("update guide_page set title = cast(?2 as jsonb), summary = cast(?3 as jsonb),"
                    + " emergency = ?4, status = ?5, source_hash = ?6, updated_at = now() where id = ?1")
                    .setParameter(1, id).setParameter(2, write(d.title())).setParameter(3, write(d.summary()))
                    .setParameter(4, d.emergency()).setParameter(5, d.status()).setParameter(6, hash)
                    .executeUpdate();
            em.createNativeQuery("delete from guide_section where page_id = ?1").setParameter(1, id).executeUpdate();
        }
        for (GuideDocument.Section s : d.sections()) {
            em.createNativeQuery("insert into guide_section (page_id, position, slug, title, body, embed, faq)"
                    + " values (?1, ?2, ?3, cast(?4 as jsonb), cast(?5 as jsonb), cast(?6 as jsonb), ?7)")
                    .setParameter(1, id).setParameter(2, s.position()).setParameter(3, s.slug())
                    .setParameter(4, write(s.title())).setParameter(5, write(s.body()))
                    .setParameter(6, s.embed() == null ? null : write(embed(s.embed()))).setParameter(7, s.faq())
                    .executeUpdate();
        }
        return List.of();
    }

    private static Map<String, String> embed(Embed e) {
        Map<String, String> m = new HashMap<>(e.filters());
        m.put("list", e.list());
        return m;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
