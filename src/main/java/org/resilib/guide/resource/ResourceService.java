package org.resilib.guide.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.audit.AuditLog;
import org.resilib.db.ChangeFeed;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/** Writing the directory (editors and admins): one resource at a time, or a whole CSV file at once. */
@ApplicationScoped
public class ResourceService {

    private final EntityManager em;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final ResourceDirectory directory;

    ResourceService(EntityManager em, ObjectMapper json, AuditLog audit, ChangeFeed feed,
            ResourceDirectory directory) {
        this.em = em;
        this.json = json;
        this.audit = audit;
        this.feed = feed;
        this.directory = directory;
    }

    /** Adds a resource; 409 when the slug is taken. */
    @Transactional
    public EResource create(ResourceDraft d, Long actorId, String by) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("insert into e_resource (slug, name, description, url, kind,"
                + " vendor, subjects, access, access_template, trial_until, free_until, temporary_until,"
                + " temporary_note, temporary_audience, new_until) values (?1, cast(?2 as jsonb), cast(?3 as jsonb),"
                + " ?4, ?5, ?6, cast(string_to_array(?7, chr(31)) as varchar(60)[]), ?8, ?9, cast(?10 as date),"
                + " cast(?11 as date), cast(?12 as date), cast(?13 as jsonb), ?14, cast(?15 as date))"
                + " on conflict (slug) do nothing returning " + ResourceDirectory.COLUMNS).setParameter(1, d.slug())
                .setParameter(2, write(d.name())).setParameter(3, write(d.description())).setParameter(4, d.url())
                .setParameter(5, d.kind()).setParameter(6, d.vendor()).setParameter(7, String.join("\u001f",
                        d.subjects())).setParameter(8, d.access().key()).setParameter(9, d.accessTemplate())
                .setParameter(10, text(d.trialUntil())).setParameter(11, text(d.freeUntil()))
                .setParameter(12, text(d.temporaryUntil()))
                .setParameter(13, d.temporaryNote().isEmpty() ? null : write(d.temporaryNote()))
                .setParameter(14, d.temporaryAudience()).setParameter(15, text(d.newUntil())).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.conflict("slug", "guide_error_resource_slug_taken");
        }
        changed(actorId, by, "created", d.slug());
        return directory.resource(rows.get(0));
    }

    /** Changes a resource; 404 when there is none, 409 when the new slug is another's. */
    @Transactional
    public EResource update(long id, ResourceDraft d, Long actorId, String by) {
        if (!em.createNativeQuery("select 1 from e_resource where slug = ?1 and id <> ?2").setParameter(1, d.slug())
                .setParameter(2, id).getResultList().isEmpty()) {
            throw DomainException.conflict("slug", "guide_error_resource_slug_taken");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update e_resource set slug = ?1, name = cast(?2 as jsonb),"
                + " description = cast(?3 as jsonb), url = ?4, kind = ?5, vendor = ?6, subjects ="
                + " cast(string_to_array(?7, chr(31)) as varchar(60)[]), access = ?8, access_template = ?9,"
                + " trial_until = cast(?10 as date), free_until = cast(?11 as date), temporary_until ="
                + " cast(?12 as date), temporary_note = cast(?13 as jsonb), temporary_audience = ?14, new_until ="
                + " cast(?15 as date), updated_at = now() where id = ?16 returning " + ResourceDirectory.COLUMNS)
                .setParameter(1, d.slug()).setParameter(2, write(d.name())).setParameter(3, write(d.description()))
                .setParameter(4, d.url()).setParameter(5, d.kind()).setParameter(6, d.vendor())
                .setParameter(7, String.join("\u001f", d.subjects())).setParameter(8, d.access().key())
                .setParameter(9, d.accessTemplate()).setParameter(10, text(d.trialUntil()))
                .setParameter(11, text(d.freeUntil())).setParameter(12, text(d.temporaryUntil()))
                .setParameter(13, d.temporaryNote().isEmpty() ? null : write(d.temporaryNote()))
                .setParameter(14, d.temporaryAudience()).setParameter(15, text(d.newUntil())).setParameter(16, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        changed(actorId, by, "updated", d.slug());
        return directory.resource(rows.get(0));
    }

    @Transactional
    public void delete(long id, Long actorId, String by) {
        if (em.createNativeQuery("delete from e_resource where id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw notFound();
        }
        changed(actorId, by, "deleted", String.valueOf(id));
    }

    /**
     * Imports a CSV file (the export's columns): every row is checked first, and with any problem nothing is
     * stored and each problem is named by row and column; otherwise each row adds or replaces the resource with its
     * slug, all in one transaction. Returns how many rows were added and replaced.
     */
    @Transactional
    public int[] importCsv(String text, Long actorId, String by) {
        List<ResourceCsv.Row> rows = ResourceCsv.read(text);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ResourceDraft> drafts = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (ResourceCsv.Row row : rows) {
            if (row.error() != null) {
                errors.add(new Problem.FieldError("rows[" + row.line() + "]", row.error(), null));
                continue;
            }
            try {
                ResourceDraft d = ResourceDraft.of(row.given());
                if (!slugs.add(d.slug())) {
                    errors.add(new Problem.FieldError("rows[" + row.line() + "].slug",
                            "guide_error_resource_slug_taken", null));
                }
                drafts.add(d);
            } catch (DomainException e) {
                errors.add(new Problem.FieldError("rows[" + row.line() + "]." + e.field(), e.messageKey(), null));
            }
        }
        if (rows.isEmpty()) {
            throw DomainException.badRequest("file", "guide_error_import_empty");
        }
        if (!errors.isEmpty()) {
            throw new DomainException(400, "file", "guide_error_import", errors);
        }
        int added = 0;
        int replaced = 0;
        for (ResourceDraft d : drafts) {
            List<?> existing = em.createNativeQuery("select id from e_resource where slug = ?1 for update")
                    .setParameter(1, d.slug()).getResultList();
            if (existing.isEmpty()) {
                create(d, actorId, by);
                added++;
            } else {
                update(((Number) existing.get(0)).longValue(), d, actorId, by);
                replaced++;
            }
        }
        return new int[] {added, replaced};
    }

    private void changed(Long actorId, String by, String what, String target) {
        audit.record(actorId, by, AuditLog.Action.RESOURCE_CHANGED, "resource:" + target, Map.of("change", what));
        feed.contentChangedInThisTransaction();
    }

    private static DomainException notFound() {
        return new DomainException(404, null, "guide_not_found_resource");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private String write(Map<String, String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
