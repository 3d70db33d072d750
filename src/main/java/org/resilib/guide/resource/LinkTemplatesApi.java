package org.resilib.guide.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.settings.SiteSettings;
import org.resilib.web.DomainException;

/**
 * The library's off-campus link templates (admins): the proxy's, the WebVPN's address and the CARSI (or
 * Shibboleth) WAYFless template. A blank value goes back to the environment's default.
 */
@Path("/api/v1/admin/off-campus-templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class LinkTemplatesApi {

    private final ResourceDirectory directory;
    private final SiteSettings settings;
    private final Viewer viewer;

    LinkTemplatesApi(ResourceDirectory directory, SiteSettings settings, Viewer viewer) {
        this.directory = directory;
        this.settings = settings;
        this.viewer = viewer;
    }

    public record TemplatesIo(String proxyTemplate, String webvpnHost, String carsiTemplate) {
    }

    @GET
    @Operation(summary = "The templates in use (site settings, else the environment's defaults)")
    public TemplatesIo get() {
        OffCampusLink.Templates t = directory.templates();
        return new TemplatesIo(t.proxy(), t.webvpnHost(), t.carsi());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the templates; each must hold {url} or {url_encoded} (the WebVPN: a web address)")
    public TemplatesIo put(TemplatesIo in) {
        TemplatesIo given = in == null ? new TemplatesIo(null, null, null) : in;
        check("proxyTemplate", given.proxyTemplate(), true);
        check("webvpnHost", given.webvpnHost(), false);
        check("carsiTemplate", given.carsiTemplate(), true);
        settings.setText(ResourceDirectory.PROXY_SETTING, given.proxyTemplate(), viewer.getId(), viewer.getEmail());
        settings.setText(ResourceDirectory.WEBVPN_SETTING, given.webvpnHost(), viewer.getId(), viewer.getEmail());
        settings.setText(ResourceDirectory.CARSI_SETTING, given.carsiTemplate(), viewer.getId(), viewer.getEmail());
        return given; // as stored; a blank one is the environment's default from the next request on
    }

    private static void check(String field, String value, boolean template) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean fits = template ? OffCampusLink.validTemplate(value.strip()) : OffCampusLink.httpUrl(value.strip());
        if (!fits || value.length() > 2000) {
            throw DomainException.badRequest(field, "guide_error_template");
        }
    }
}
