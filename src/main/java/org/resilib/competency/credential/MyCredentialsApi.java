package org.resilib.competency.credential;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.competency.Actor;
import org.resilib.identity.Viewer;
import org.resilib.web.RequestLocale;

/** The caller's own credentials (its own root: JAX-RS matches the longest root path, here /api/v1/me). */
@Path("/api/v1/me")
public class MyCredentialsApi {

    private final Credentials credentials;
    private final Viewer viewer;
    private final RequestLocale locale;

    MyCredentialsApi(Credentials credentials, Viewer viewer, RequestLocale locale) {
        this.credentials = credentials;
        this.viewer = viewer;
        this.locale = locale;
    }

    @POST
    @Path("credentials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Claims an Open Badges 3.0 credential (VC-JWT) for a competency reached at the proficient level")
    public Response claim(CredentialResource.ClaimIn in) {
        Credentials.Issued issued = credentials.claim(Actor.of(viewer), in == null ? null : in.competency(),
                locale.get());
        return Response.status(issued.created() ? 201 : 200)
                .location(URI.create("/api/v1/credentials/" + issued.id()))
                .entity(new CredentialResource.ClaimOut(issued.id(), issued.jwt())).type(MediaType.APPLICATION_JSON).build();
    }

}
