package org.resilib.settings;

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
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.settings.SiteSettings;

/** The admin's site settings page. */
@Path("/admin/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class SettingsResource {

    private final SiteSettings settings;
    private final Viewer viewer;

    SettingsResource(SiteSettings settings, Viewer viewer) {
        this.settings = settings;
        this.viewer = viewer;
    }

    @CheckedTemplate(basePath = "settings")
    static class Templates {
        static native TemplateInstance settings(boolean selfRegistration, boolean sso, boolean localSignIn,
                boolean saved);
    }

    @GET
    public TemplateInstance page(@RestQuery String saved) {
        return Templates.settings(settings.selfRegistration(), settings.sso(), settings.localSignIn(), saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String selfRegistration, @RestForm String localSignIn) {
        settings.setSelfRegistration("true".equals(selfRegistration), viewer.getEmail());
        settings.setLocalSignIn("true".equals(localSignIn), viewer.getEmail());
        return Response.seeOther(URI.create("/admin/settings?saved=true")).build();
    }
}
