package org.resilib.people.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.IdentityAttributes;
import org.resilib.people.Account;
import org.resilib.settings.SiteSettings;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.Languages;
import org.resilib.web.PageContext;
import org.resilib.web.RequestLocale;

/** Sign-in, sign-out and self-registration for local accounts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    static final String LOCATION_COOKIE = "quarkus-redirect-location";
    private final AccountService accounts;
    private final RequestLocale locale;
    private final SiteSettings settings;
    private final String sessionCookie;

    private final SignInThrottle throttle;
    private final SecurityIdentity identity;
    private final SessionCookies cookies;

    AccountResource(AccountService accounts, RequestLocale locale,
            SiteSettings settings, SignInThrottle throttle,
            SecurityIdentity identity, SessionCookies cookies,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.cookies = cookies;
        this.throttle = throttle;
        this.identity = identity;
        this.accounts = accounts;
        this.locale = locale;
        this.settings = settings;
        this.sessionCookie = sessionCookie;
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean locked, long lockMinutes, String notice,
                boolean registered, String email, boolean selfRegistration, boolean sso, boolean ssoFailed,
                boolean localForm, boolean ssoOnly, boolean crossSite);

        static native TemplateInstance register(RegistrationForm form, FormErrors errors);
    }

    @GET
    @Path("login")
    @PermitAll
    public Response login(@RestQuery String error, @RestQuery String registered, @RestQuery String email,
            @RestQuery String next, @RestQuery String changed, @RestQuery String reset, @RestQuery String local,
            @RestCookie(LocalIdentityProviders.ERROR_COOKIE) String why, UriInfo uri) {
        boolean locked = error != null && "locked".equals(why);
        boolean crossSite = "cross-site".equals(error);
        String notice = changed != null ? "login_changed" : reset != null ? "login_reset" : null;
        Response.ResponseBuilder response = Response.ok(Templates.login(error != null && !crossSite, locked,
                throttle.lockPeriod().toMinutes(), notice, registered != null, email == null ? "" : email,
                settings.selfRegistration(), settings.sso(), "sso".equals(error), local != null || settings.localSignIn(),
                error != null && "sso-only".equals(why), crossSite));
        if (why != null) {
            response.header("Set-Cookie", LocalIdentityProviders.ERROR_COOKIE + "=; Path=/login; Max-Age=0; HttpOnly");
        }
        // The form mechanism returns here after sign-in; written raw because it expects the URL unquoted.
        localPath(next).ifPresent(path -> response.header("Set-Cookie", LOCATION_COOKIE + "="
                + uri.getBaseUri().resolve(path) + "; Path=/; HttpOnly; SameSite=Lax"));
        return response.build();
    }

    /** The path and query of the return-to cookie the sign-in page set (an absolute URL on this site), if any. */
    static Optional<String> returnPath(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = URI.create(cookie.strip());
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return localPath(u.getRawQuery() == null ? path : path + "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Only paths on this site are followed after sign-in: never another host (open redirect). */
    static Optional<String> localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    @GET
    @Path("logout")
    @PermitAll
    public Response logout() {
        if (Boolean.TRUE.equals(identity.getAttribute(IdentityAttributes.SSO))) {
            // RP-initiated logout: the OIDC layer ends its session and sends the browser to the provider's logout.
            return Response.seeOther(URI.create("/logout/oidc")).build();
        }
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }

    /**
     * Where the university sign-in lands: the OIDC code flow runs before this method (an HTTP permission requires the
     * code mechanism on this path), so here the person is signed in and provisioned.
     */
    @GET
    @Path("login/oidc")
    @Authenticated
    public Response ssoLanding() {
        return Response.seeOther(URI.create("/me")).build();
    }

    @GET
    @Path("register")
    @PermitAll
    public TemplateInstance registerForm() {
        requireSelfRegistration();
        return Templates.register(new RegistrationForm("", "", "", locale.getTag()), FormErrors.none());
    }

    @POST
    @Path("register")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@BeanParam RegistrationForm form, @RestCookie(LOCATION_COOKIE) String returnTo,
            RoutingContext rc) {
        requireSelfRegistration();
        RegistrationForm input = new RegistrationForm(trim(form.email()), trim(form.displayName()), form.password(),
                Languages.match(form.locale()).orElse(locale.get()).toLanguageTag());
        FormErrors errors;
        try {
            Account account = accounts.register(input);
            // Signed in at once, back where sign-in was asked for (the page that sent them to sign in) or on their own
            // page; without a session key to seal the cookie, the sign-in page.
            if (cookies.signIn(LocalIdentityProviders.identity(account), rc)) {
                String back = returnPath(returnTo).orElse("/me");
                return Response.seeOther(PageContext.done(back, "done_account_created"))
                        .header("Set-Cookie", LOCATION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax").build();
            }
            return Response.seeOther(URI.create("/login?registered=true&email="
                    + URLEncoder.encode(input.email(), StandardCharsets.UTF_8))).build();
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            errors = FormErrors.of(e);
        }
        RegistrationForm redisplay = new RegistrationForm(input.email(), input.displayName(), "", input.locale());
        return Response.status(400).entity(Templates.register(redisplay, errors)).build();
    }

    private void requireSelfRegistration() {
        if (!settings.selfRegistration()) {
            throw DomainException.notFound("page");
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
