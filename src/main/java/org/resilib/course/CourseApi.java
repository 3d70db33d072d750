package org.resilib.course;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.people.Viewer;
import org.resilib.web.RequestLocale;

/** Read-only course catalogue for other tools (library portals, discovery systems). */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseApi {

    private final CourseService service;
    private final Viewer viewer;
    private final RequestLocale locale;

    CourseApi(CourseService service, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.viewer = viewer;
        this.locale = locale;
    }

    @GET
    @PermitAll
    @Operation(summary = "Published courses the caller may see, with the caller's progress")
    public List<CourseViews.Card> list(@RestQuery String dimension, @RestQuery String audience, @RestQuery String q) {
        return service.catalogue(CourseResource.parseFilter(dimension, audience, q), access(), locale.get()).courses();
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(summary = "One course with its modules and the caller's progress")
    public CourseViews.Detail get(@RestPath String slug) {
        return service.detail(slug, access(), locale.get());
    }

    private CourseAccess.Viewer access() {
        return new CourseAccess.Viewer(viewer.getId(), viewer.isStaff(), viewer.isInstructor());
    }
}
