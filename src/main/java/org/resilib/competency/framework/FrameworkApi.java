package org.resilib.competency.framework;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.web.RequestLocale;

/** Competency frameworks as JSON: the scales and competencies, and each framework as a CASE 1.1 package. */
@Path("/api/v1/competency-frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkApi {

    private final FrameworkCatalog catalog;
    private final FrameworkAdmin frameworks;
    private final RequestLocale locale;

    FrameworkApi(FrameworkCatalog catalog, FrameworkAdmin frameworks, RequestLocale locale) {
        this.catalog = catalog;
        this.frameworks = frameworks;
        this.locale = locale;
    }

    @GET
    @PermitAll
    @Operation(summary = "Competency frameworks with their proficiency scales and competencies")
    public List<FrameworkCatalog.FrameworkView> frameworks() {
        return catalog.frameworks(locale.get());
    }

    @GET
    @Path("{slug}/case")
    @PermitAll
    @Operation(summary = "A framework as a CASE 1.1 package (CFDocument, CFItems, CFAssociations)")
    public JsonNode exportCase(@RestPath String slug) {
        return frameworks.exportCase(slug);
    }

    @PUT
    @Path("{slug}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Creates or replaces a framework from a CASE 1.1 package; the proficiency scale is kept")
    public Response importCase(@RestPath String slug, JsonNode body) {
        boolean created = frameworks.importCase(slug, body);
        return Response.status(created ? 201 : 200).entity(frameworks.exportCase(slug)).build();
    }
}
