package org.resilib.course.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.resilib.course.CourseAccess;
import org.resilib.identity.Viewer;
import jakarta.ws.rs.core.Response;
import org.resilib.web.PersonalPages;
import org.resilib.web.RequestLocale;

/** The signed-in person's dashboard: courses in progress, what to do next, completed courses. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    private final ProgressService service;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final PersonalPages pages;

    DashboardResource(ProgressService service, Viewer viewer, RequestLocale locale, PersonalPages pages) {
        this.pages = pages;
        this.service = service;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "course")
    static class Templates {
        static native TemplateInstance dashboard(ProgressViews.Dashboard dashboard);
    }

    @GET
    @Path("me")
    @Authenticated
    public Response dashboard() {
        ProgressViews.Dashboard view = service.dashboard(CourseAccess.of(viewer), locale.get());
        return pages.render(Templates.dashboard(view), view, viewer.pageKey(), viewer.displayName());
    }
}
