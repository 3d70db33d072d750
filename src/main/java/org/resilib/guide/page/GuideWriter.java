package org.resilib.guide.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a guide's live rows, from content/ or from the browser, and records the write as the guide's next
 * version: what readers see is always one of the versions in the history. Callers bring the transaction and hold
 * the guide row's lock.
 */
@ApplicationScoped
class GuideWriter {

    /** Where a version came from. */
    enum Source { FILE, BROWSER, RESTORE }

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    GuideWriter(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * The slug of the other published emergency guide when {@code d} would be a second one, else empty. Takes the
     * transaction-scoped lock that serialises everyone deciding which guide is the emergency one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<String> emergencyTakenBy(GuideDocument d) {
        if (!d.emergency() || !d.status().equals("published")) {
            return Optional.empty();
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('guide_page.emergency'))").getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> other = em.createNativeQuery("select slug from guide_page where emergency and status ="
                + " 'published' and slug <> ?1").setParameter(1, d.slug()).getResultList();
        return other.stream().findFirst();
    }

    /**
     * Makes {@code d} the live guide (a new row when {@code id} is null) and returns its id; its sections are
     * replaced whole. {@code hash} is the folder's fingerprint for a guide from content/, else the one kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    long write(Long id, GuideDocument d, String hash, boolean fileManaged, Source source, Integer restoredFrom,
            String by) {
        long pageId;
        if (id == null) {
            pageId = ((Number) em.createNativeQuery("insert into guide_page (slug, title, summary, emergency, status,"
                    + " file_managed, source_hash) values (?1, cast(?2 as jsonb), cast(?3 as jsonb), ?4, ?5, ?6, ?7)"
                    + " returning id").setParameter(1, d.slug()).setParameter(2, write(d.title()))
                    .setParameter(3, write(d.summary())).setParameter(4, d.emergency()).setParameter(5, d.status())
                    .setParameter(6, fileManaged).setParameter(7, hash).getSingleResult()).longValue();
        } else {
            pageId = id;
            em.createNativeQuery("update guide_page set title = cast(?2 as jsonb), summary = cast(?3 as jsonb),"
                    + " emergency = ?4, status = ?5, source_hash = coalesce(?6, source_hash), updated_at = now()"
                    + " where id = ?1").setParameter(1, pageId).setParameter(2, write(d.title()))
                    .setParameter(3, write(d.summary())).setParameter(4, d.emergency()).setParameter(5, d.status())
                    .setParameter(6, hash).executeUpdate();
            em.createNativeQuery("delete from guide_section where page_id = ?1").setParameter(1, pageId)
                    .executeUpdate();
        }
        for (GuideDocument.Section s : d.sections()) {
            em.createNativeQuery("insert into guide_section (page_id, position, slug, title, body, embed, faq)"
                    + " values (?1, ?2, ?3, cast(?4 as jsonb), cast(?5 as jsonb), cast(?6 as jsonb), ?7)")
                    .setParameter(1, pageId).setParameter(2, s.position()).setParameter(3, s.slug())
                    .setParameter(4, write(s.title())).setParameter(5, write(s.body()))
                    .setParameter(6, s.embed() == null ? null : write(embed(s.embed()))).setParameter(7, s.faq())
                    .executeUpdate();
        }
        em.createNativeQuery("insert into guide_version (page_id, number, document, source, restored_from,"
                + " created_by) select ?1, coalesce(max(number), 0) + 1, cast(?2 as jsonb), ?3, ?4, ?5"
                + " from guide_version where page_id = ?1").setParameter(1, pageId).setParameter(2, write(d))
                .setParameter(3, source.name().toLowerCase()).setParameter(4, restoredFrom).setParameter(5, by)
                .executeUpdate();
        return pageId;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    GuideDocument read(String document) {
        try {
            return json.readValue(document, GuideDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable guide document", e);
        }
    }

    Map<String, String> readTexts(String texts) {
        try {
            return json.readValue(texts, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable texts in a guide", e);
        }
    }

    private static Map<String, String> embed(Embed e) {
        Map<String, String> m = new HashMap<>(e.filters());
        m.put("list", e.list());
        return m;
    }
}
