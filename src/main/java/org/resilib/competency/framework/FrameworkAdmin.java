package org.resilib.competency.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.resilib.audit.AuditLog;
import org.resilib.config.ResilibConfig;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/** Framework import and export as CASE 1.1 JSON, for admins and other systems. */
@ApplicationScoped
public class FrameworkAdmin {

    private final ObjectMapper json;
    private final FrameworkLoader loader;
    private final String baseUrl;

    private final AuditLog audit;

    FrameworkAdmin(ObjectMapper json, FrameworkLoader loader, AuditLog audit,
            ResilibConfig config) {
        this.audit = audit;
        this.json = json;
        this.loader = loader;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonNode exportCase(String slug) {
        Framework f = Framework.<Framework>find("slug = ?1 and archived = false", slug).firstResult();
        if (f == null) {
            throw DomainException.notFound("page");
        }
        return CasePackage.export(json, f, Competency.list("frameworkId = ?1 and retired = false order by position",
                f.id), baseUrl);
    }

    /** Returns true when the framework is new. The package is validated item by item before anything is written. */
    @Transactional
    public boolean importCase(String slug, JsonNode body) {
        if (slug == null || !FrameworkLoader.SLUG.matcher(slug).matches()) {
            throw DomainException.badRequest("slug", "invalid_input");
        }
        Framework existing = Framework.<Framework>find("slug", slug).firstResult();
        FrameworkFile file = CasePackage.read(body, existing);
        HashSet<String> otherCodes = new HashSet<>(Competency.<Competency>list("retired = false").stream()
                .filter(c -> existing == null || !c.frameworkId.equals(existing.id)).map(c -> c.code).toList());
        for (FrameworkFile.Item item : file.competencies()) {
            if (otherCodes.contains(item.code())) {
                throw DomainException.conflict("CFItems", "content_error_duplicate_code");
            }
        }
        loader.sync(slug, file, "case-" + UUID.randomUUID()).fileManaged = false;
        return existing == null;
    }

    /** Codes of competencies in use in other frameworks than this one: codes are unique across frameworks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> codesOutside(String slug) {
        return new HashSet<>(Framework.getEntityManager().createQuery("select c.code from Competency c, Framework f"
                + " where f.id = c.frameworkId and c.retired = false and f.slug <> ?1", String.class)
                .setParameter(1, slug).getResultList());
    }

    /** The framework as the editor shows it: scale, rules and the competencies in use. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Editing edit(String slug) {
        Framework f = Framework.<Framework>find("slug = ?1 and archived = false", slug).firstResult();
        if (f == null) {
            throw DomainException.notFound("page");
        }
        return new Editing(FrameworkForm.of(f, Competency.list("frameworkId = ?1 and retired = false order by position",
                f.id)), f.fileManaged, f.detached);
    }

    public record Editing(FrameworkForm form, boolean fileManaged, boolean detached) {
    }

    public record Listed(String slug, String title, int competencies, boolean fileManaged, boolean detached) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> list(Locale locale) {
        List<Listed> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Framework.getEntityManager().createQuery("select f, (select count(c) from"
                + " Competency c where c.frameworkId = f.id and c.retired = false) from Framework f where f.archived"
                + " = false order by f.slug").getResultList();
        for (Object[] r : rows) {
            Framework f = (Framework) r[0];
            out.add(new Listed(f.slug, LocalizedText.pick(f.title, locale),
                    ((Number) r[1]).intValue(), f.fileManaged, f.detached));
        }
        return out;
    }

    /**
     * Saves a framework from the browser editor, creating it when {@code create} is set. A file-managed framework
     * stays file-managed (the next content reload restores its file) unless {@code detach} is set. The framework row
     * is locked so that two admins saving at once apply one after the other.
     */
    @Transactional
    public void save(String slug, FrameworkFile file, boolean create, boolean detach, long adminId) {
        if (slug == null || !FrameworkLoader.SLUG.matcher(slug).matches() || slug.length() > 64) {
            throw DomainException.badRequest("slug", "framework_slug_invalid");
        }
        Framework existing = Framework.<Framework>find("slug", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (create && existing != null) {
            throw DomainException.conflict("slug", "framework_slug_taken");
        }
        if (!create && (existing == null || existing.archived)) {
            throw DomainException.notFound("page");
        }
        Set<String> otherCodes = codesOutside(slug);
        for (FrameworkFile.Item item : file.competencies()) {
            if (otherCodes.contains(item.code())) {
                throw DomainException.conflict("competencies", "framework_code_elsewhere");
            }
        }
        Framework saved = loader.sync(slug, file, "browser-" + UUID.randomUUID());
        saved.detached = saved.detached || (saved.fileManaged && detach);
        saved.updatedBy = adminId;
        audit.record(adminId, null, AuditLog.Action.FRAMEWORK_CHANGED, "framework:" + slug,
                Map.of("created", create, "competencies", file.competencies().size(), "detached",
                        saved.detached));
    }

    /** Hands a detached framework back to its file: the next content reload replaces it from the file. */
    @Transactional
    public void reattach(String slug) {
        Framework f = Framework.<Framework>find("slug = ?1 and archived = false", slug).firstResult();
        if (f == null || !f.fileManaged) {
            throw DomainException.notFound("page");
        }
        f.detached = false;
        f.sourceHash = null;
    }
}
