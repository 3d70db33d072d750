package org.resilib.content.reload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.PageContext;

/** The admin's "Reload content" button and the result of the last reload. */
@Path("/admin/content")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class ContentAdminResource {

    private final ContentLoader loader;
    private final Viewer viewer;

    ContentAdminResource(ContentLoader loader, Viewer viewer) {
        this.loader = loader;
        this.viewer = viewer;
    }

    @CheckedTemplate(basePath = "content")
    static class Templates {
        static native TemplateInstance admin(ReloadResult last, boolean justReloaded, String folder);
    }

    /** The last reload's result (kept in the database, so any instance shows it), headed "done" after a reload. */
    @GET
    public TemplateInstance page(@RestQuery String done) {
        return Templates.admin(loader.last().orElse(null), done != null, loader.root().toString());
    }

    /** Reloads, then redirects to the result: a refresh of that page does not reload again. */
    @POST
    @Path("reload")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reload() {
        loader.reload(viewer.getEmail());
        return Response.seeOther(PageContext.done("/admin/content", "done_content_reloaded")).build();
    }
}
