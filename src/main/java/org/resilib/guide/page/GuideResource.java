package org.resilib.guide.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Viewer;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** Guide pages: {@code /guide} (the emergency guide), {@code /guides} and each guide at {@code /guides/{slug}}. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class GuideResource {

    private final GuidePages pages;
    private final GuideViews views;
    private final Viewer viewer;
    private final RequestLocale locale;

    GuideResource(GuidePages pages, GuideViews views, Viewer viewer, RequestLocale locale) {
        this.pages = pages;
        this.views = views;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** A guide of the list. */
    public record Listed(String slug, String title, String titleLanguage, String summary, boolean emergency) {
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance guide(GuideViews.GuideView guide);

        static native TemplateInstance guides(List<Listed> guides);
    }

    /** The emergency guide's address: where the banner, the mail and the status lead. */
    @GET
    @Path("guide")
    public Response emergencyGuide(UriInfo uri) {
        GuidePages.Guide g = pages.emergencyGuide()
                .orElseThrow(() -> new DomainException(404, null, "guide_not_found_guide"));
        String query = uri.getRequestUri().getRawQuery();
        return Response.seeOther(URI.create("/guides/" + g.slug() + (query == null ? "" : "?" + query))).build();
    }

    @GET
    @Path("guides")
    public TemplateInstance list() {
        Locale language = locale.get();
        return Templates.guides(pages.published().stream().map(g -> new Listed(g.slug(), g.title(language),
                GuideViews.other(LocalizedText.pickKey(g.title(), language), language),
                g.summary(language), g.emergency())).toList());
    }

    @GET
    @Path("guides/{slug}")
    public TemplateInstance guide(@RestPath String slug) {
        GuidePages.Guide g = pages.bySlug(slug).filter(x -> x.status().equals("published") || viewer.isEditor())
                .orElseThrow(() -> new DomainException(404, null, "guide_not_found_guide"));
        return Templates.guide(views.view(g));
    }
}
