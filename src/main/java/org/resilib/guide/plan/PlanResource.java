package org.resilib.guide.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.competency.team.TeamService;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;

/** The emergency plan: the tasks each duty takes on when an emergency is declared (admins). */
@Path("/admin/emergency/plan")
@Produces(MediaType.TEXT_HTML)
public class PlanResource {

    private final PlanService plan;
    private final Viewer viewer;

    PlanResource(PlanService plan, Viewer viewer) {
        this.plan = plan;
        this.viewer = viewer;
    }

    /** A duty to choose, with the message naming it. */
    public record Duty(String value, String labelKey) {
    }

    public record PlanPage(List<PlanService.Task> tasks, List<TeamService.TeamView> teams, List<Duty> duties,
            FormErrors errors) {
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance plan(PlanPage page);
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance planPage() {
        return Templates.plan(page(FormErrors.none()));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String duty, @RestForm Long team, @RestForm String titleZh,
            @RestForm String titleEn) {
        return save(null, duty, team, titleZh, titleEn);
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @RestForm String duty, @RestForm Long team, @RestForm String titleZh,
            @RestForm String titleEn) {
        return save(id, duty, team, titleZh, titleEn);
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        plan.delete(id, viewer.getId(), viewer.getEmail());
        return Response.seeOther(URI.create("/admin/emergency/plan")).build();
    }

    private Response save(Long id, String duty, Long team, String titleZh, String titleEn) {
        try {
            plan.save(id, duty, team, titleZh, titleEn, viewer.getId(), viewer.getEmail());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.plan(page(FormErrors.of(e)))).build();
        }
        return Response.seeOther(URI.create("/admin/emergency/plan")).build();
    }

    private PlanPage page(FormErrors errors) {
        return new PlanPage(plan.tasks(), plan.savedTeams(), TeamService.DUTIES.stream()
                .map(d -> new Duty(d, "guide_duty_" + d.replace('-', '_'))).toList(), errors);
    }
}
