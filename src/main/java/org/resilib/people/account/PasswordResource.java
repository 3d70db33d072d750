package org.resilib.people.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/** Change password (signed in), and forgotten-password reset by emailed link (anyone). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    /** Clears the form-login cookie: after a password change every session, this one included, has ended. */
    static final String END_SESSION = "resilib-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";

    private final PasswordService passwords;
    private final Viewer viewer;
    private final RequestLocale locale;

    PasswordResource(PasswordService passwords, Viewer viewer, RequestLocale locale) {
        this.passwords = passwords;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance password(FormErrors errors);

        static native TemplateInstance forgot(boolean sent);

        static native TemplateInstance reset(String token, boolean usable, FormErrors errors);
    }

    @GET
    @Path("me/password")
    @Authenticated
    public TemplateInstance changeForm() {
        return Templates.password(FormErrors.none());
    }

    @POST
    @Path("me/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String currentPassword, @RestForm String newPassword) {
        try {
            passwords.change(viewer.requireId(), currentPassword, newPassword);
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.password(FormErrors.none().add(e.field(), e.messageKey())))
                    .build();
        }
        return Response.seeOther(URI.create("/login?changed=true")).header("Set-Cookie", END_SESSION).build();
    }

    @GET
    @Path("password/forgot")
    @PermitAll
    public TemplateInstance forgotForm(@RestQuery String sent) {
        return Templates.forgot(sent != null);
    }

    /** Always answers the same, whether or not the address has an account. */
    @POST
    @Path("password/forgot")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forgot(@RestForm String email) {
        if (email != null && email.length() <= 254) {
            passwords.requestReset(email, locale.get());
        }
        return Response.seeOther(URI.create("/password/forgot?sent=true")).build();
    }

    @GET
    @Path("password/reset")
    @PermitAll
    public Response resetForm(@RestQuery String token) {
        boolean usable = passwords.usable(token);
        return Response.status(usable ? 200 : 400).header("Referrer-Policy", "no-referrer")
                .entity(Templates.reset(token == null ? "" : token, usable, FormErrors.none())).build();
    }

    @POST
    @Path("password/reset")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@RestForm String token, @RestForm String newPassword) {
        try {
            passwords.reset(token, newPassword);
        } catch (DomainException e) {
            boolean usable = !"token".equals(e.field());
            return Response.status(400).entity(Templates.reset(token == null ? "" : token, usable,
                    FormErrors.none().add(e.field(), e.messageKey()))).build();
        }
        return Response.seeOther(URI.create("/login?reset=true")).header("Set-Cookie", END_SESSION).build();
    }
}
