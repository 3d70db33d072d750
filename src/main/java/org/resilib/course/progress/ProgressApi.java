package org.resilib.course.progress;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.resilib.identity.Viewer;
import org.resilib.web.RequestLocale;

@Path("/api/v1/me/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressApi {

    private final ProgressService service;
    private final Viewer viewer;
    private final RequestLocale locale;

    ProgressApi(ProgressService service, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.viewer = viewer;
        this.locale = locale;
    }

    @GET
    @Authenticated
    @Operation(summary = "The caller's progress per course: completed module slugs and percent")
    public List<ProgressViews.CourseProgress> progress() {
        return service.progress(viewer.requireId(), locale.get());
    }
}
