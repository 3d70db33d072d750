package org.resilib.authoring.module;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.content.CourseDocument;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/**
 * The modules of a draft, for scripts and other tools. Shares its root with the course authoring and catalogue
 * APIs. Owners, co-authors and admins only (403 otherwise).
 */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class ModuleAuthoringApi {

    private final ModuleDrafts modules;
    private final Viewer viewer;

    ModuleAuthoringApi(ModuleDrafts modules, Viewer viewer) {
        this.modules = modules;
        this.viewer = viewer;
    }

    public record ModuleBody(String slug, Map<String, String> title, Map<String, String> body, Integer minutes) {
        CourseDocument.Module module(String slugInPath) {
            return new CourseDocument.Module(slugInPath != null ? slugInPath : slug == null ? "" : slug.strip(),
                    minutes, title == null ? Map.of() : title, body == null ? Map.of() : body);
        }
    }

    @POST
    @Path("{slug}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a module at the end of the draft: {slug, title: {lang: text}, body: {lang: markdown}}")
    public Response addModule(@RestPath String slug, ModuleBody body) {
        CourseDocument.Module module = required(body).module(null);
        modules.addModule(slug, module, viewer);
        return Response.created(URI.create("/api/v1/courses/" + slug + "/modules/" + module.slug()))
                .entity(module).build();
    }

    @PUT
    @Path("{slug}/modules/{moduleSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft module's titles, bodies and minutes (its slug stays)")
    public CourseDocument.Module updateModule(@RestPath String slug, @RestPath String moduleSlug, ModuleBody body) {
        CourseDocument.Module module = required(body).module(moduleSlug);
        modules.updateModule(slug, moduleSlug, module, viewer);
        return module;
    }

    @DELETE
    @Path("{slug}/modules/{moduleSlug}")
    @Operation(summary = "Remove a module from the draft; learners' progress in it is kept when it is published")
    public Response removeModule(@RestPath String slug, @RestPath String moduleSlug) {
        modules.removeModule(slug, moduleSlug, viewer);
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw DomainException.badRequest("body", "required");
        }
        return body;
    }
}
