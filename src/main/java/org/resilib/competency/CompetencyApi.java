package org.resilib.competency;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyApi {

    private final CompetencyService service;
    private final FrameworkAdmin frameworks;
    private final Viewer viewer;
    private final RequestLocale locale;

    CompetencyApi(CompetencyService service, FrameworkAdmin frameworks, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.frameworks = frameworks;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record EvidenceOut(String kind, String source, Instant date, String detail) {
    }

    public record EntryOut(String code, int level, Integer target, List<EvidenceOut> evidence) {
    }

    public record AssessmentIn(Integer level, String note) {
    }

    public record AssessmentOut(long id, String code, int level, String note) {
    }

    @GET
    @Path("competency-frameworks")
    @PermitAll
    @Operation(summary = "Competency frameworks with their proficiency scales and competencies")
    public List<CompetencyService.FrameworkView> frameworks() {
        return service.frameworks(locale.get());
    }

    @GET
    @Path("people/{id}/competencies")
    @Authenticated
    @Operation(summary = "A person's competency levels with the evidence behind them (own profile, or any for staff who assess)")
    public List<EntryOut> competencies(@RestPath long id) {
        return service.profile(id, actor(), locale.get()).stream()
                .filter(e -> e.level() > 0 || !e.evidence().isEmpty() || e.target() != null)
                .map(e -> new EntryOut(e.code(), e.level(), e.target(), e.evidence().stream()
                        .map(v -> new EvidenceOut(v.kind(), v.source(), v.date(), v.detail())).toList()))
                .toList();
    }

    @POST
    @Path("people/{id}/competencies/{code}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Rates a person's level in a competency; the history is kept")
    public Response assess(@RestPath long id, @RestPath String code, AssessmentIn in) {
        if (in == null) {
            throw DomainException.badRequest("level", "competency_level_invalid");
        }
        long assessment = service.assess(id, code, in.level(), in.note(), actor());
        return Response.created(URI.create("/api/v1/people/" + id + "/competencies"))
                .entity(new AssessmentOut(assessment, code, in.level(), in.note())).build();
    }

    @GET
    @Path("competency-frameworks/{slug}/case")
    @PermitAll
    @Operation(summary = "A framework as a CASE 1.1 package (CFDocument, CFItems, CFAssociations)")
    public JsonNode exportCase(@RestPath String slug) {
        return frameworks.exportCase(slug);
    }

    @PUT
    @Path("competency-frameworks/{slug}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Creates or replaces a framework from a CASE 1.1 package; the proficiency scale is kept")
    public Response importCase(@RestPath String slug, JsonNode body) {
        boolean created = frameworks.importCase(slug, body);
        return Response.status(created ? 201 : 200).entity(frameworks.exportCase(slug)).build();
    }

    public record TeamRequest(List<TeamBuilder.Requirement> requirements, Integer size) {
    }

    @POST
    @Path("teams/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Proposes the smallest team of librarians covering the required competencies (greedy set cover)")
    public TeamBuilder.Proposal propose(TeamRequest request) {
        if (request == null) {
            throw DomainException.badRequest("requirements", "required");
        }
        return service.proposeTeam(request.requirements(), request.size(), actor(), locale.get());
    }

    CompetencyService.Actor actor() {
        return CompetencyService.Actor.of(viewer);
    }
}
