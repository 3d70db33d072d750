package org.resilib.course.study;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.Audience;
import org.resilib.course.CourseAccess;
import org.resilib.course.Dimension;
import org.resilib.course.PublishedCourses;
import org.resilib.course.catalogue.Catalogue;
import org.resilib.course.catalogue.CatalogueViews;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.PersonalPages;
import org.resilib.web.QueryNumbers;
import org.resilib.web.RenderedPages;
import org.resilib.web.RequestLocale;

/** The catalogue, course and module pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CourseResource {

    private final CourseService service;
    private final Catalogue catalogue;
    private final PublishedCourses published;
    private final RenderedPages pages;
    private final PersonalPages personal;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final UriInfo uri;

    CourseResource(CourseService service, Catalogue catalogue, PublishedCourses published, RenderedPages pages,
            PersonalPages personal, Viewer viewer, RequestLocale locale, UriInfo uri) {
        this.service = service;
        this.catalogue = catalogue;
        this.published = published;
        this.pages = pages;
        this.personal = personal;
        this.viewer = viewer;
        this.locale = locale;
        this.uri = uri;
    }

    @CheckedTemplate(basePath = "course")
    static class Templates {
        static native TemplateInstance catalogue(CatalogueViews.Catalogue catalogue);

        static native TemplateInstance detail(CourseViews.Detail course);

        static native TemplateInstance module(CourseViews.ModulePage page);
    }

    /**
     * The catalogue. Visitors who are not signed in all see the same page per language and filter, so it is rendered
     * once per content epoch and served from memory with an ETag; a search is rendered each time.
     */
    @GET
    @PermitAll
    public Response catalogue(@RestQuery String dimension, @RestQuery String audience, @RestQuery String q,
            @RestQuery String page, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CatalogueViews.Filter filter = parseFilter(dimension, audience, q);
        int number = QueryNumbers.positive("page", page, 1);
        if (viewer.isSignedIn()) {
            CatalogueViews.Catalogue view = catalogue.list(filter, access(), locale.get(), number,
                    Catalogue.PAGE_SIZE);
            return personal.render(Templates.catalogue(view), view, viewer.pageKey(), viewer.displayName());
        }
        Supplier<TemplateInstance> render = () -> Templates.catalogue(catalogue.list(filter, access(),
                locale.get(), number, Catalogue.PAGE_SIZE));
        if (filter.q() != null) {
            return Response.ok(render.get()).build();
        }
        return shared(render, ifNoneMatch);
    }

    /** The course page; for visitors, rendered once per content epoch like the catalogue. */
    @GET
    @Path("courses/{slug}")
    @PermitAll
    public Response detail(@RestPath String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (viewer.isSignedIn()) {
            CourseViews.Detail view = service.detail(slug, access(), locale.get());
            return personal.render(Templates.detail(view), view, viewer.pageKey(), viewer.displayName());
        }
        Supplier<TemplateInstance> render = () -> Templates.detail(service.detail(slug, access(), locale.get()));
        return shared(render, ifNoneMatch);
    }

    private Response shared(Supplier<TemplateInstance> render, String ifNoneMatch) {
        Locale language = locale.get();
        RenderedPages.Page page = pages.get(RenderedPages.key(language, uri.getRequestUri()),
                published.current().epoch(), MediaType.TEXT_HTML + ";charset=UTF-8",
                () -> render.get().setLocale(language).render());
        return RenderedPages.respond(page, ifNoneMatch);
    }

    @GET
    @Path("courses/{slug}/modules/{module}")
    @Authenticated
    public Response module(@RestPath String slug, @RestPath String module) {
        CourseViews.ModulePage view = service.module(slug, module, access(), locale.get());
        return personal.render(Templates.module(view), view, viewer.pageKey(), viewer.displayName());
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
