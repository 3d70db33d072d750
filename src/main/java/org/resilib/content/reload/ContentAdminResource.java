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
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;

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

    @GET
    public TemplateInstance page() {
        return Templates.admin(loader.last().orElse(null), false, loader.root().toString());
    }

    @POST
    @Path("reload")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance reload() {
        ReloadResult result = loader.reload(viewer.getEmail());
        return Templates.admin(result, true, loader.root().toString());
    }
}
