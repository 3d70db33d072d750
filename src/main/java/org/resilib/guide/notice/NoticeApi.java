package org.resilib.guide.notice;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.guide.GuideInput;
import org.resilib.guide.GuideState;
import org.resilib.guide.PostedNotice;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;

/** Notices as JSON: the current ones for the caller; writing them for editors and admins. */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeApi {

    private final NoticeService service;
    private final GuideState state;
    private final Viewer viewer;

    NoticeApi(NoticeService service, GuideState state, Viewer viewer) {
        this.service = service;
        this.state = state;
        this.viewer = viewer;
    }

    /** Texts per language tag (the body in Markdown); ISO 8601 times with an offset (publish defaults to now). */
    public record NoticeIn(Map<String, String> title, Map<String, String> body, String severity, String audience,
            String publishAt, String expiresAt) {
    }

    public record NoticeOut(long id, Map<String, String> title, Map<String, String> body, String severity,
            String audience, Instant publishAt, Instant expiresAt, Instant updatedAt) {

        static NoticeOut of(PostedNotice n) {
            return new NoticeOut(n.id(), n.title(), n.body(), n.severity().key(), n.audience().key(), n.publishAt(),
                    n.expiresAt(), n.updatedAt());
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "The current notices for the caller; editors may ask for all of them with all=true")
    public List<NoticeOut> list(@RestQuery Boolean all) {
        if (Boolean.TRUE.equals(all) && viewer.isEditor()) {
            return service.all().stream().map(NoticeOut::of).toList();
        }
        return state.current(Instant.now()).stream().filter(n -> n.audience().includes(viewer)).map(NoticeOut::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One notice (404 for one the caller may not read)")
    public NoticeOut get(@RestPath long id) {
        return NoticeOut.of(service.forReader(id, viewer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Posts a notice")
    public Response create(NoticeIn in) {
        PostedNotice n = service.create(draft(in), viewer.getId(), viewer.getEmail());
        return Response.created(URI.create("/api/v1/notices/" + n.id())).entity(NoticeOut.of(n)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Changes a notice")
    public NoticeOut update(@RestPath long id, NoticeIn in) {
        return NoticeOut.of(service.update(id, draft(in), viewer.getId(), viewer.getEmail()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Deletes a notice")
    public Response delete(@RestPath long id) {
        service.delete(id, viewer.getId(), viewer.getEmail());
        return Response.noContent().build();
    }

    private static NoticeDraft draft(NoticeIn in) {
        NoticeIn given = in == null ? new NoticeIn(null, null, null, null, null, null) : in;
        return NoticeDraft.of(given.title(), given.body(), given.severity(), given.audience(),
                GuideInput.instant("publishAt", given.publishAt()), GuideInput.instant("expiresAt", given.expiresAt()),
                Instant.now());
    }
}
