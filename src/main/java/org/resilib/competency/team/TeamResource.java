package org.resilib.competency.team;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.competency.Actor;
import org.resilib.competency.framework.FrameworkCatalog;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** Emergency service teams: a proposal from the required competencies, adjusted and saved. */
@Path("/competencies/teams")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class TeamResource {

    private final TeamService service;
    private final Viewer viewer;
    private final RequestLocale locale;

    TeamResource(TeamService service, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** The team builder; {@code errorField}: the field {@code error} is about, named on the page by its label. */
    public record TeamsPage(List<FrameworkCatalog.FrameworkView> frameworks, TeamBuilder.Proposal proposal,
            List<TeamService.TeamView> teams, List<String> duties, String error, String errorField, boolean saved) {
        public List<Integer> rows() {
            return List.of(0, 1, 2, 3, 4);
        }

        /** The label (a {@code cm:} key) of the field the error is about, or null. */
        public String errorLabelKey() {
            if (errorField == null) {
                return null;
            }
            return switch (errorField) {
                case "name" -> "teams_name";
                case "members" -> "teams_include";
                case "size" -> "teams_size";
                case "requirements" -> "teams_requirements";
                case "duty" -> "teams_duty";
                default -> null;
            };
        }

        static TeamsPage of(TeamService.Page page, DomainException error, boolean saved) {
            return new TeamsPage(page.frameworks(), page.proposal(), page.teams(), TeamService.DUTIES,
                    error == null ? null : error.messageKey(), error == null ? null : error.field(), saved);
        }
    }

    @CheckedTemplate(basePath = "competency")
    static class Templates {
        static native TemplateInstance teams(TeamsPage page);
    }

    @GET
    public TemplateInstance teams(@RestQuery String saved) {
        return Templates.teams(TeamsPage.of(service.page(locale.get()), null, saved != null));
    }

    @POST
    @Path("propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(MultivaluedMap<String, String> form) {
        TeamProposalForm typed = TeamProposalForm.read(form);
        try {
            return Response.ok(Templates.teams(TeamsPage.of(service.proposePage(typed.requirements(), typed.size(),
                    Actor.of(viewer), locale.get()), null, false))).build();
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.teams(TeamsPage.of(service.page(locale.get()), e, false)))
                    .build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTeam(MultivaluedMap<String, String> form) {
        TeamForm typed = TeamForm.read(form);
        try {
            service.save(typed, Actor.of(viewer));
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.teams(TeamsPage.of(service.page(locale.get()), e, false)))
                    .build();
        }
        return Response.seeOther(URI.create("/competencies/teams?saved=true")).build();
    }
}
