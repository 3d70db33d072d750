package org.resilib.competency.credential;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.competency.Actor;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.Confirmation;
import org.resilib.web.DomainException;
import org.resilib.web.PageContext;
import org.resilib.web.RequestLocale;

/** Claiming, showing, verifying and revoking Open Badges credentials; the public key as JWKS and as the JWK at its kid. */
@Path("/")
public class CredentialResource {

    private final Credentials credentials;
    private final SigningKeys keys;
    private final Viewer viewer;
    private final RequestLocale locale;

    CredentialResource(Credentials credentials, SigningKeys keys, Viewer viewer, RequestLocale locale) {
        this.credentials = credentials;
        this.keys = keys;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "competency")
    static class Templates {
        static native TemplateInstance credential(Credentials.View c);
    }

    public record ClaimIn(String competency) {
    }

    public record ClaimOut(UUID id, String jwt) {
    }

    public record CredentialOut(UUID id, String competency, int level, Instant issuedAt, boolean revoked,
            boolean signatureValid, String jwt) {
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public String jwks() {
        return keys.jwks();
    }

    @GET
    @Path("issuer/keys/{thumbprint}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The public key (JWK) a credential's kid names")
    public String key(@RestPath String thumbprint) {
        return keys.jwk(thumbprint).orElseThrow(() -> DomainException.notFound("page"));
    }

    @POST
    @Path("me/credentials")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response claimForm(@RestForm String competency) {
        Credentials.Issued issued = credentials.claim(Actor.of(viewer), competency, locale.get());
        return Response.seeOther(URI.create("/credentials/" + issued.id())).build();
    }

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The Open Badges issuer profile")
    public Map<String, Object> issuer() {
        return credentials.issuerProfile();
    }

    @GET
    @Path("achievements/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The Open Badges achievement for a competency")
    public Map<String, Object> achievement(@RestPath String code) {
        return credentials.achievement(code);
    }

    @GET
    @Path("credentials/revocation-list")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The 1EdTech revocation list named in every credential's credentialStatus")
    public Map<String, Object> revocationList() {
        return credentials.revocationList();
    }

    @GET
    @Path("credentials/{id}")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance page(@RestPath String id) {
        return Templates.credential(credentials.view(parse(id), locale.get()));
    }

    @POST
    @Path("credentials/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response revoke(@RestPath String id, @RestForm String reason,
            @RestForm(Confirmation.FIELD) String confirm) {
        UUID uuid = parse(id);
        if (!Confirmation.confirmed(confirm)) {
            return Confirmation.of("confirm_revoke_badge", "confirm_revoke_badge_effect", "confirm_yes_revoke",
                    "/credentials/" + uuid + "/revoke", "/credentials/" + uuid).with("reason", reason).ask();
        }
        credentials.revoke(uuid, new RevokeForm(reason), viewer.requireId());
        return Response.seeOther(PageContext.done("/credentials/" + uuid, "done_badge_revoked")).build();
    }


    private static UUID parse(String id) {
        return Credentials.parseId(id).orElseThrow(() -> DomainException.notFound("page"));
    }
}
