package org.resilib.guide.emergency;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.guide.DeclaredEmergency;
import org.resilib.guide.GuideState;
import org.resilib.guide.ServiceArea;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.PageContext;

/** The admin's page for closure mode: the emergency in force (to end it), the declaration form, the history. */
@Path("/admin/emergency")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class EmergencyResource {

    private final EmergencyService service;
    private final GuideState state;
    private final Viewer viewer;

    EmergencyResource(EmergencyService service, GuideState state, Viewer viewer) {
        this.service = service;
        this.state = state;
        this.viewer = viewer;
    }

    /** The page: the open emergency or the form, and what was declared before. */
    public record EmergencyPage(DeclaredEmergency open, List<EmergencyService.Past> history, EmergencyForm form,
            FormErrors errors, List<ServiceArea> areas) {

        /** Whether the open emergency has started (else it is scheduled). */
        public boolean started() {
            return open != null && open.showing(Instant.now());
        }
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance emergency(EmergencyPage page);
    }

    @GET
    public TemplateInstance page() {
        return Templates.emergency(page(EmergencyForm.empty(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@BeanParam EmergencyForm form) {
        try {
            service.declare(form.declaration(viewer.getZone()), viewer.getId(), viewer.getEmail());
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.emergency(page(form, FormErrors.of(e)))).build();
        }
        return Response.seeOther(PageContext.done("/admin/emergency", "done_emergency_declared")).build();
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@RestPath long id) {
        service.end(id, viewer.getId(), viewer.getEmail());
        return Response.seeOther(PageContext.done("/admin/emergency", "done_emergency_ended")).build();
    }

    private EmergencyPage page(EmergencyForm form, FormErrors errors) {
        return new EmergencyPage(state.openEmergency().orElse(null), service.history(), form, errors,
                Arrays.asList(ServiceArea.values()));
    }
}
