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
import org.resilib.guide.DeclaredEmergency;
import org.resilib.guide.GuideState;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;

/** An emergency's checklist, ticked by library staff with their name and time; it prints as a record. */
@Path("/emergency/{id}/checklist")
@Produces(MediaType.TEXT_HTML)
public class ChecklistResource {

    private final PlanService plan;
    private final GuideState emergencies;
    private final Viewer viewer;

    ChecklistResource(PlanService plan, GuideState emergencies, Viewer viewer) {
        this.plan = plan;
        this.emergencies = emergencies;
        this.viewer = viewer;
    }

    public record ChecklistPage(DeclaredEmergency emergency, List<PlanService.Item> items, boolean open, int done) {
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance checklist(ChecklistPage page);
    }

    @GET
        @RolesAllowed({Role.LIBRARIAN_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance checklist(@RestPath long id) {
        DeclaredEmergency e = emergencies.emergencyById(id);
        List<PlanService.Item> items = plan.checklist(id);
        return Templates.checklist(new ChecklistPage(e, items, e.endedAt() == null,
                (int) items.stream().filter(i -> i.doneAt() != null).count()));
    }

    @POST
    @Path("{position}")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tick(@RestPath long id, @RestPath int position, @RestForm String done) {
        plan.tick(id, position, "true".equals(done), viewer.getEmail());
        return Response.seeOther(URI.create("/emergency/" + id + "/checklist#item-" + position)).build();
    }
}
