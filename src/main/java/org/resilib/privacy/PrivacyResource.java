package org.resilib.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/** The download of one's own data (page link and API) and the admin's anonymisation of a departed person. */
public final class PrivacyResource {

    private PrivacyResource() {
    }

    @Path("/me/data.json")
    @Authenticated
    public static class Download {
        private final PersonalData data;
        private final Viewer viewer;

        Download(PersonalData data, Viewer viewer) {
            this.data = data;
            this.viewer = viewer;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response download() {
            return Response.ok(data.export(viewer.requireId()))
                    .header("Content-Disposition", "attachment; filename=\"resilib-my-data.json\"")
                    .header("Cache-Control", "no-store").build();
        }
    }

    @Path("/api/v1/me/data")
    @Authenticated
    public static class Api {
        private final PersonalData data;
        private final Viewer viewer;

        Api(PersonalData data, Viewer viewer) {
            this.data = data;
            this.viewer = viewer;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "Everything Resilib holds about the caller, as JSON")
        public ObjectNode export() {
            return data.export(viewer.requireId());
        }
    }

    @Path("/admin/people/{id}/anonymise")
    @RolesAllowed(Role.ADMIN_NAME)
    public static class Anonymise {
        private final PersonalData data;
        private final Viewer viewer;

        Anonymise(PersonalData data, Viewer viewer) {
            this.data = data;
            this.viewer = viewer;
        }

        @POST
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.TEXT_HTML)
        public Response anonymise(@RestPath long id, @RestForm String confirm) {
            if (!"yes".equals(confirm)) {
                throw DomainException.badRequest("confirm", "anonymise_confirm");
            }
            data.anonymise(id, viewer.requireId());
            return Response.seeOther(URI.create("/admin/people?anonymised=" + id)).build();
        }
    }
}
