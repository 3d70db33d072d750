package org.resilib.competency.credential;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** Credentials as verifiers read them. */
@Path("/api/v1/credentials")
public class CredentialApi {

    private final Credentials credentials;
    private final RequestLocale locale;

    CredentialApi(Credentials credentials, RequestLocale locale) {
        this.credentials = credentials;
        this.locale = locale;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "A credential with its status and signature check (public, for verifiers)")
    public CredentialResource.CredentialOut get(@RestPath String id) {
        Credentials.View v = credentials.view(Credentials.parseId(id).orElseThrow(() -> DomainException.notFound("page")), locale.get());
        return new CredentialResource.CredentialOut(v.id(), v.code(), v.level(), v.issuedAt(), v.revoked(), v.signatureValid(), v.jwt());
    }

}
