package org.resilib.guide.emergency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.resilib.guide.DeclaredEmergency;
import org.resilib.guide.GuideInput;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;

/** Declaring and ending emergencies through the API (admins). */
@Path("/api/v1/admin/emergencies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class EmergencyApi {

    private final EmergencyService service;
    private final Viewer viewer;

    EmergencyApi(EmergencyService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    /** A declaration: texts per language tag, ISO 8601 times with an offset (start defaults to now). */
    public record EmergencyIn(Map<String, String> title, Map<String, String> message, String startsAt,
            String expectedEndAt, List<String> affected, Boolean mailEveryone) {
    }

    public record EmergencyOut(long id, Map<String, String> title, Map<String, String> message, Instant startsAt,
            Instant expectedEndAt, List<String> affected, boolean mailEveryone, String declaredBy,
            Instant declaredAt, Instant endedAt, String endedBy, Integer mailQueued, Boolean mailFinished) {

        static EmergencyOut of(DeclaredEmergency e, Integer queued, Boolean finished) {
            return new EmergencyOut(e.id(), e.title(), e.message(), e.startsAt(), e.expectedEndAt(), e.affected(),
                    e.mailEveryone(), e.declaredBy(), e.declaredAt(), e.endedAt(), e.endedBy(), queued, finished);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declares an emergency (409 while another is in force); optionally mails everyone once")
    public Response declare(EmergencyIn in) {
        EmergencyIn given = in == null ? new EmergencyIn(null, null, null, null, null, null) : in;
        Declaration d = Declaration.of(given.title(), given.message(),
                GuideInput.instant("startsAt", given.startsAt()),
                GuideInput.instant("expectedEndAt", given.expectedEndAt()), given.affected(),
                Boolean.TRUE.equals(given.mailEveryone()), Instant.now());
        DeclaredEmergency e = service.declare(d, viewer.getId(), viewer.getEmail());
        return Response.created(URI.create("/api/v1/admin/emergencies/" + e.id()))
                .entity(EmergencyOut.of(e, null, null)).build();
    }

    @GET
    @Operation(summary = "The declared emergencies, newest first, with their mailing's progress")
    public List<EmergencyOut> history() {
        return service.history().stream().map(p -> EmergencyOut.of(p.emergency(), p.queued(),
                p.queued() == null ? null : p.mailingFinished())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One declared emergency")
    public EmergencyOut get(@RestPath long id) {
        return EmergencyOut.of(service.get(id), null, null);
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "Ends the emergency: the banner goes from every page")
    public EmergencyOut end(@RestPath long id) {
        return EmergencyOut.of(service.end(id, viewer.getId(), viewer.getEmail()), null, null);
    }
}
