package org.resilib.guide.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** The e-resource directory as JSON and CSV: reading for everyone, writing for editors and admins. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceApi {

    private final ResourceDirectory directory;
    private final ResourceService service;
    private final ResourceViews views;
    private final LinkChecker links;
    private final Viewer viewer;
    private final RequestLocale locale;

    ResourceApi(ResourceDirectory directory, ResourceService service, ResourceViews views, LinkChecker links,
            Viewer viewer, RequestLocale locale) {
        this.links = links;
        this.directory = directory;
        this.service = service;
        this.views = views;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** A resource as given: texts per language tag, dates as YYYY-MM-DD. */
    public record ResourceIn(String slug, Map<String, String> name, Map<String, String> description, String url,
            String kind, String vendor, List<String> subjects, String access, String accessTemplate,
            String trialUntil, String freeUntil, String temporaryUntil, Map<String, String> temporaryNote,
            String temporaryAudience, String newUntil) {

        ResourceDraft draft() {
            return ResourceDraft.of(new ResourceDraft.Given(slug, name, description, url, kind, vendor, subjects,
                    access, accessTemplate, trialUntil, freeUntil, temporaryUntil, temporaryNote, temporaryAudience,
                    newUntil));
        }
    }

    /**
     * A resource for the caller: the off-campus address built from the library's templates (null where there is
     * none), the flags that hold today, and the temporary account's instructions only for its audience.
     */
    public record ResourceOut(long id, String slug, Map<String, String> name, Map<String, String> description,
            String url, String kind, String vendor, List<String> subjects, String access, String offCampusUrl,
            List<String> flags, LocalDate trialUntil, LocalDate freeUntil, LocalDate temporaryUntil,
            Map<String, String> temporaryNote, LocalDate newUntil) {
    }

    public record Imported(int added, int replaced) {
    }

    @GET
    @Path("resources")
    @PermitAll
    @Operation(summary = "The directory, filtered: q (words), subject, access (ip, proxy, webvpn, carsi, shibboleth,"
            + " open), flag (trial, free, temporary, new), letter (A-Z or #)")
    public List<ResourceOut> list(@RestQuery String q, @RestQuery String subject, @RestQuery String access,
            @RestQuery String flag, @RestQuery String letter) {
        return directory.find(views.filter(q, subject, access, flag, letter), locale.get()).stream()
                .map(this::out).toList();
    }

    @GET
    @Path("resources/{id}")
    @PermitAll
    @Operation(summary = "One resource")
    public ResourceOut get(@RestPath long id) {
        return directory.byId(id).map(this::out)
                .orElseThrow(() -> new DomainException(404, null, "guide_not_found_resource"));
    }

    @GET
    @Path("resources/broken")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Resources whose address failed at the link checker's last visit, the longest broken first")
    public List<LinkChecker.Broken> broken() {
        return links.broken();
    }

    @GET
    @Path("resources.csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(summary = "The whole directory as CSV, in the import's format (temporary accounts' notes for editors)")
    public Response csv() {
        List<EResource> all = directory.all().stream().map(r -> viewer.isEditor() ? r : views.withoutNote(r))
                .toList();
        return Response.ok(ResourceCsv.write(all), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"e-resources.csv\"").build();
    }

    @POST
    @Path("resources")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Adds a resource (409 when its slug is taken)")
    public Response create(ResourceIn in) {
        EResource r = service.create(given(in).draft(), viewer.getId(), viewer.getEmail());
        return Response.created(URI.create("/api/v1/resources/" + r.id())).entity(out(r)).build();
    }

    @PUT
    @Path("resources/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Changes a resource")
    public ResourceOut update(@RestPath long id, ResourceIn in) {
        return out(service.update(id, given(in).draft(), viewer.getId(), viewer.getEmail()));
    }

    @DELETE
    @Path("resources/{id}")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Deletes a resource")
    public Response delete(@RestPath long id) {
        service.delete(id, viewer.getId(), viewer.getEmail());
        return Response.noContent().build();
    }

    @POST
    @Path("resources/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Imports a CSV file in the export's format: all rows or none, each problem named by row")
    public Imported importCsv(String body) {
        int[] done = service.importCsv(body == null ? "" : body, viewer.getId(), viewer.getEmail());
        return new Imported(done[0], done[1]);
    }

    private static ResourceIn given(ResourceIn in) {
        return in == null ? new ResourceIn(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null) : in;
    }

    private ResourceOut out(EResource r) {
        LocalDate today = ResourceDirectory.today();
        return new ResourceOut(r.id(), r.slug(), r.name(), r.description(), r.url(), r.kind(), r.vendor(),
                r.subjects(), r.access().key(), directory.offCampusUrl(r), r.flags(today), r.trialUntil(),
                r.freeUntil(), r.temporaryUntil(), views.noteFor(r) ? r.temporaryNote() : null, r.newUntil());
    }
}
