package org.resilib.course.study;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.Audience;
import org.resilib.course.CourseAccess;
import org.resilib.course.Dimension;
import org.resilib.course.catalogue.Catalogue;
import org.resilib.course.catalogue.CatalogueViews;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** The catalogue, course and module pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CourseResource {

    private final CourseService service;
    private final Catalogue catalogue;
    private final Viewer viewer;
    private final RequestLocale locale;

    CourseResource(CourseService service, Catalogue catalogue, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.catalogue = catalogue;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "course")
    static class Templates {
        static native TemplateInstance catalogue(CatalogueViews.Catalogue catalogue);

        static native TemplateInstance detail(CourseViews.Detail course);

        static native TemplateInstance module(CourseViews.ModulePage page);
    }

    @GET
    @PermitAll
    public TemplateInstance catalogue(@RestQuery String dimension, @RestQuery String audience, @RestQuery String q) {
        CatalogueViews.Filter filter = parseFilter(dimension, audience, q);
        return Templates.catalogue(catalogue.list(filter, access(), locale.get()));
    }

    @GET
    @Path("courses/{slug}")
    @PermitAll
    public TemplateInstance detail(@RestPath String slug) {
        return Templates.detail(service.detail(slug, access(), locale.get()));
    }

    @GET
    @Path("courses/{slug}/modules/{module}")
    @Authenticated
    public TemplateInstance module(@RestPath String slug, @RestPath String module) {
        return Templates.module(service.module(slug, module, access(), locale.get()));
    }

    @POST
    @Path("courses/{slug}/enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response enrol(@RestPath String slug) {
        service.enrol(slug, access());
        CourseViews.ModuleLine next = service.detail(slug, access(), locale.get()).next();
        return Response.seeOther(URI.create(next == null ? "/courses/" + slug
                : "/courses/" + slug + "/modules/" + next.slug())).build();
    }

    @POST
    @Path("courses/{slug}/modules/{module}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response markDone(@RestPath String slug, @RestPath String module) {
        String next = service.markDone(slug, module, access(), true);
        return Response.seeOther(URI.create(next == null ? "/courses/" + slug + "?finished=true"
                : "/courses/" + slug + "/modules/" + next)).build();
    }

    @POST
    @Path("courses/{slug}/modules/{module}/undone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response markNotDone(@RestPath String slug, @RestPath String module) {
        service.markDone(slug, module, access(), false);
        return Response.seeOther(URI.create("/courses/" + slug + "/modules/" + module)).build();
    }

    private CourseAccess.Who access() {
        return CourseAccess.of(viewer);
    }

    static CatalogueViews.Filter parseFilter(String dimension, String audience, String q) {
        String d = blankToNull(dimension);
        String a = blankToNull(audience);
        if (d != null && Dimension.fromKey(d).isEmpty()) {
            throw DomainException.badRequest("dimension", "invalid_dimension");
        }
        if (a != null && Audience.fromKey(a).isEmpty()) {
            throw DomainException.badRequest("audience", "invalid_audience");
        }
        if (q != null && q.length() > Catalogue.SEARCH_MAX) {
            throw DomainException.badRequest("q", "search_too_long");
        }
        return new CatalogueViews.Filter(d, a, blankToNull(q));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
