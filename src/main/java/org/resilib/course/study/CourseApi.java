package org.resilib.course.study;

import io.quarkus.security.Authenticated;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.CourseAccess;
import org.resilib.course.PublishedCourses;
import org.resilib.course.catalogue.CatalogueViews;
import org.resilib.course.catalogue.Catalogue;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.QueryNumbers;
import org.resilib.web.RenderedPages;
import org.resilib.web.RequestLocale;

/** The course catalogue for other tools (library portals, discovery systems) and progress for apps. */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseApi {

    private final CourseService service;
    private final Catalogue catalogue;
    private final PublishedCourses published;
    private final RenderedPages pages;
    private final ObjectMapper json;
    private final Viewer viewer;
    private final RequestLocale locale;

    CourseApi(CourseService service, Catalogue catalogue, PublishedCourses published, RenderedPages pages,
            ObjectMapper json, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.catalogue = catalogue;
        this.published = published;
        this.pages = pages;
        this.json = json;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record CourseSummary(String slug, String title, String summary, String dimension, String audience,
            int minutes, int moduleCount) {
    }

    public record ModuleSummary(String slug, String title, int minutes) {
    }

    public record CourseDetail(String slug, String title, String summary, String dimension, String audience,
            int minutes, int moduleCount, List<ModuleSummary> modules) {
    }

    /** Courses per page unless {@code size} says otherwise, and the most a page may hold. */
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    @GET
    @PermitAll
    @Operation(summary = "Published courses the caller may see, in the request's language, a page at a time;"
            + " the Link header (RFC 8288) names the first, previous, next and last pages and X-Total-Count the total")
    public Response list(@RestQuery String dimension, @RestQuery String audience, @RestQuery String q,
            @RestQuery String page, @RestQuery String size, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int pageSize = QueryNumbers.positive("size", size, DEFAULT_SIZE);
        if (pageSize > MAX_SIZE) {
            throw DomainException.badRequest("size", "page_size_too_large");
        }
        CatalogueViews.Filter filter = CourseResource.parseFilter(dimension, audience, q);
        int number = QueryNumbers.positive("page", page, 1);
        Supplier<RenderedPages.Rendered> render = () -> {
            CatalogueViews.Catalogue found = catalogue.list(filter, access(), locale.get(), number, pageSize);
            List<CourseSummary> body = found.courses().stream().map(c -> new CourseSummary(c.slug(), c.title(),
                    c.summary(), c.dimension(), c.audience(), c.minutes(), c.modules())).toList();
            List<String> links = new ArrayList<>();
            links.add(pageLink(uri, 1, "first"));
            if (found.hasPrevious()) {
                links.add(pageLink(uri, found.page() - 1, "prev"));
            }
            if (found.hasNext()) {
                links.add(pageLink(uri, found.page() + 1, "next"));
            }
            links.add(pageLink(uri, found.pages(), "last"));
            try {
                return new RenderedPages.Rendered(json.writeValueAsString(body),
                        Map.of("Link", String.join(", ", links), "X-Total-Count", String.valueOf(found.total())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        };
        if (viewer.isSignedIn() || filter.q() != null) {
            RenderedPages.Rendered made = render.get();
            Response.ResponseBuilder ok = Response.ok(made.body(), MediaType.APPLICATION_JSON);
            made.headers().forEach(ok::header);
            return ok.build();
        }
        // Everybody who is not signed in sees the same list per language and query: made once per content epoch.
        RenderedPages.Page shared = pages.getWithHeaders(RenderedPages.key(locale.get(), uri.getRequestUri()),
                published.current().epoch(), MediaType.APPLICATION_JSON, render);
        return RenderedPages.respond(shared, ifNoneMatch);
    }

    private static String pageLink(UriInfo uri, int page, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page)).rel(rel).build()
                .toString();
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(summary = "One course with its modules")
    public CourseDetail get(@RestPath String slug) {
        CourseViews.Detail d = service.detail(slug, access(), locale.get());
        return new CourseDetail(d.slug(), d.title(), d.summary(), d.dimension(), d.audience(), d.minutes(),
                d.modules().size(), d.modules().stream().map(m -> new ModuleSummary(m.slug(), m.title(), m.minutes()))
                        .toList());
    }

    @POST
    @Path("{slug}/modules/{moduleSlug}/complete")
    @Authenticated
    @Operation(summary = "Marks a module done for the caller (idempotent); enrols the caller in the course")
    public Response complete(@RestPath String slug, @RestPath String moduleSlug) {
        service.markDone(slug, moduleSlug, access(), true);
        return Response.noContent().build();
    }

    private CourseAccess.Who access() {
        return CourseAccess.of(viewer);
    }
}
