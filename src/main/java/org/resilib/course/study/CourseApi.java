package org.resilib.course.study;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.CourseAccess;
import org.resilib.course.catalogue.Catalogue;
import org.resilib.identity.Viewer;
import org.resilib.web.RequestLocale;

/** The course catalogue for other tools (library portals, discovery systems) and progress for apps. */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseApi {

    private final CourseService service;
    private final Catalogue catalogue;
    private final Viewer viewer;
    private final RequestLocale locale;

    CourseApi(CourseService service, Catalogue catalogue, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.catalogue = catalogue;
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

    @GET
    @PermitAll
    @Operation(summary = "Published courses the caller may see, in the request's language")
    public List<CourseSummary> list(@RestQuery String dimension, @RestQuery String audience, @RestQuery String q) {
        return catalogue.list(CourseResource.parseFilter(dimension, audience, q), access(), locale.get()).courses()
                .stream().map(c -> new CourseSummary(c.slug(), c.title(), c.summary(), c.dimension(), c.audience(),
                        c.minutes(), c.modules()))
                .toList();
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
