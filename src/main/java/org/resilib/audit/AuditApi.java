package org.resilib.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;

@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditApi {

    private final AuditLog audit;
    private final Viewer viewer;

    AuditApi(AuditLog audit, Viewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Audit events, newest first (filters as on the admin page; 50 a page)")
    public List<AuditLog.Event> list(@RestQuery String action, @RestQuery String actor, @RestQuery String from,
            @RestQuery String to, @RestQuery String page) {
        List<AuditLog.Event> events = audit.search(AuditResource.filter(viewer, action, actor, from, to),
                (AuditResource.pageNumber(page) - 1) * AuditResource.PAGE, AuditResource.PAGE);
        return events.size() > AuditResource.PAGE ? events.subList(0, AuditResource.PAGE) : events;
    }
}
