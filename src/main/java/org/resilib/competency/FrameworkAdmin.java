package org.resilib.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.resilib.web.DomainException;

/** Framework import and export as CASE 1.1 JSON, for admins and other systems. */
@ApplicationScoped
public class FrameworkAdmin {

    private final ObjectMapper json;
    private final FrameworkLoader loader;
    private final String baseUrl;

    FrameworkAdmin(ObjectMapper json, FrameworkLoader loader, @ConfigProperty(name = "resilib.base-url") String baseUrl) {
        this.json = json;
        this.loader = loader;
        this.baseUrl = baseUrl.replaceAll("/$", "");
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
        loader.sync(slug, file, "case-" + java.util.UUID.randomUUID());
        return existing == null;
    }
}
