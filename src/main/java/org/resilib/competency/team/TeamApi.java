package org.resilib.competency.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.resilib.competency.Actor;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** Team proposals as JSON. */
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamApi {

    private final TeamService service;
    private final Viewer viewer;
    private final RequestLocale locale;

    TeamApi(TeamService service, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record TeamRequest(List<TeamBuilder.Requirement> requirements, Integer size) {
    }

    @POST
    @Path("proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Proposes the smallest team of librarians covering the required competencies (greedy set cover)")
    public TeamBuilder.Proposal propose(TeamRequest request) {
        if (request == null) {
            throw DomainException.badRequest("requirements", "required");
        }
        return service.propose(request.requirements(), request.size(), Actor.of(viewer), locale.get());
    }
}
