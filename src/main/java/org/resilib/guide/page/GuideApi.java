package org.resilib.guide.page;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/** Guides as JSON, for the library's portal and apps: texts in every language, sections in order. */
@Path("/api/v1/guides")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class GuideApi {

    private final GuidePages pages;
    private final Viewer viewer;

    GuideApi(GuidePages pages, Viewer viewer) {
        this.pages = pages;
        this.viewer = viewer;
    }

    public record GuideSummary(String slug, Map<String, String> title, Map<String, String> summary,
            boolean emergency, String url) {
    }

    public record SectionOut(String slug, Map<String, String> title, Map<String, String> body, Map<String, String> embed,
            boolean faq) {
    }

    public record GuideOut(String slug, Map<String, String> title, Map<String, String> summary, boolean emergency,
            String status, List<SectionOut> sections) {
    }

    @GET
    @Operation(summary = "The published guides, the emergency guide first")
    public List<GuideSummary> list() {
        return pages.published().stream().map(g -> new GuideSummary(g.slug(), g.title(), g.summary(), g.emergency(),
                "/guides/" + g.slug())).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One guide with its sections (Markdown per language, and the live list each embeds)")
    public GuideOut get(@RestPath String slug) {
        GuidePages.Guide g = pages.bySlug(slug).filter(x -> x.status().equals("published") || viewer.isEditor())
                .orElseThrow(() -> new DomainException(404, null, "guide_not_found_guide"));
        return new GuideOut(g.slug(), g.title(), g.summary(), g.emergency(), g.status(), g.sections().stream()
                .map(s -> new SectionOut(s.slug(), s.title(), s.body(), s.embed() == null ? null : embed(s.embed()),
                        s.faq())).toList());
    }

    private static Map<String, String> embed(Embed e) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("list", e.list());
        m.putAll(e.filters());
        return m;
    }
}
