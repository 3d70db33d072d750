package org.resilib.access;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.web.Confirmation;
import org.resilib.web.DomainException;

/** The person's API tokens page: create (shown once), list, revoke. */
@Path("/me/tokens")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TokenResource {

    private final ApiTokens tokens;
    private final Viewer viewer;

    TokenResource(ApiTokens tokens, Viewer viewer) {
        this.tokens = tokens;
        this.viewer = viewer;
    }

    public record Page(List<ApiTokens.Listed> tokens, ApiTokens.Created created, boolean revoked, String error) {
    }

    @CheckedTemplate(basePath = "access")
    static class Templates {
        static native TemplateInstance tokens(Page page);
    }

    @GET
    public TemplateInstance list(@RestQuery String revoked) {
        return Templates.tokens(new Page(tokens.list(viewer.requireId()), null, revoked != null, null));
    }

    /** The new token is rendered in this response only (never in a redirect URL), and the page is not cached. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name) {
        long me = viewer.requireId();
        try {
            ApiTokens.Created created = tokens.create(me, viewer.getEmail(), name);
            return Response.ok(Templates.tokens(new Page(tokens.list(me), created, false, null)))
                    .header("Cache-Control", "no-store").build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.tokens(new Page(tokens.list(me), null, false,
                    e.messageKey()))).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id, @RestForm(Confirmation.FIELD) String confirm) {
        if (!Confirmation.confirmed(confirm)) {
            return Confirmation.of("confirm_revoke_token", "confirm_revoke_token_effect", "confirm_yes_revoke",
                    "/me/tokens/" + id + "/revoke", "/me/tokens").ask();
        }
        tokens.revoke(viewer.requireId(), viewer.getEmail(), id);
        return Response.seeOther(URI.create("/me/tokens?revoked=true")).build();
    }
}
