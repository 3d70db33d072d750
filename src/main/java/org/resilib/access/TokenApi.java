package org.resilib.access;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Viewer;

@Path("/api/v1/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TokenApi {

    private final ApiTokens tokens;
    private final Viewer viewer;

    TokenApi(ApiTokens tokens, Viewer viewer) {
        this.tokens = tokens;
        this.viewer = viewer;
    }

    public record NewToken(String name) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a personal API token; the token is in this answer only")
    public Response create(NewToken body) {
        ApiTokens.Created created = tokens.create(viewer.requireId(), viewer.getEmail(), body == null ? null : body.name());
        return Response.status(201).entity(created).build();
    }

    @GET
    @Operation(summary = "The caller's live tokens (never the secret)")
    public List<ApiTokens.Listed> list() {
        return tokens.list(viewer.requireId());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    public Response revoke(@RestPath long id) {
        tokens.revoke(viewer.requireId(), viewer.getEmail(), id);
        return Response.noContent().build();
    }
}
