package org.resilib.competency;

import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** A person's competencies and assessments as JSON. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyApi {

    private final CompetencyService service;
    private final Viewer viewer;
    private final RequestLocale locale;

    CompetencyApi(CompetencyService service, Viewer viewer, RequestLocale locale) {
        this.service = service;
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
        long assessment = service.assess(id, new AssessmentForm(code, in.level(), in.note()), actor());
        return Response.created(URI.create("/api/v1/people/" + id + "/competencies"))
                .entity(new AssessmentOut(assessment, code, in.level(), in.note())).build();
    }

    Actor actor() {
        return Actor.of(viewer);
    }
}
