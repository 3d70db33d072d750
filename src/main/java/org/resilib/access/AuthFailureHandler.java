package org.resilib.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.resilib.web.Languages;
import org.resilib.web.Messages;
import org.resilib.web.OriginCheckFilter;
import org.resilib.web.Problem;

/**
 * What a client gets when the credentials it sent no longer work (a session cookie from before a password change, a
 * deactivated account, a revoked token): the API answers 401 with a problem document; a page request drops the stale
 * cookie and retries once as a visitor, so public pages still open and private ones ask to sign in.
 */
@ApplicationScoped
public class AuthFailureHandler {

    private final String sessionCookie;
    private final Messages messages;
    private final ObjectMapper json;

    AuthFailureHandler(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
            Messages messages, ObjectMapper json) {
        this.sessionCookie = sessionCookie;
        this.messages = messages;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        router.post("/j_security_check").order(Integer.MIN_VALUE).handler(this::sameSiteSignIn);
    }

    /**
     * Login CSRF: the sign-in form has no token (the form mechanism reads it before the application), so a sign-in
     * posted from another site, as browsers tell with Origin and Sec-Fetch-Site, is refused before it is read.
     */
    void sameSiteSignIn(RoutingContext rc) {
        String site = rc.request().getHeader("Sec-Fetch-Site");
        String origin = rc.request().getHeader("Origin");
        boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
        if (!crossSite && origin != null && !origin.equals("null")) {
            crossSite = !OriginCheckFilter.sameHost(origin, rc.request().getHeader("Host"));
        }
        if (crossSite || "null".equals(origin)) {
            rc.response().setStatusCode(303).putHeader("Location", "/login?error=cross-site").end();
            return;
        }
        rc.next();
    }

    void handle(RoutingContext rc) {
        if (!(rc.failure() instanceof AuthenticationFailedException) || rc.response().headWritten()) {
            rc.next();
            return;
        }
        String path = rc.normalizedPath();
        if (path.equals("/j_security_check")) {
            rc.next();
            return;
        }
        if (path.startsWith("/login/oidc")) {
            rc.response().setStatusCode(303).putHeader("Location", "/login?error=sso").end();
            return;
        }
        boolean hadCookie = rc.request().getCookie(sessionCookie) != null;
        if (hadCookie) {
            rc.response().putHeader("Set-Cookie", sessionCookie + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        }
        if (path.startsWith("/api/")) {
            Locale locale = rc.acceptableLanguages().stream()
                    .map(l -> Languages.match(l.tag())).flatMap(Optional::stream)
                    .findFirst().orElse(Languages.DEFAULT);
            Problem problem = new Problem(
                    "https://resilib.org/problems/credentials-invalid", messages.get("error_title_401", locale), 401,
                    messages.get("credentials_invalid", locale), path, "credentials_invalid", null);
            String body;
            try {
                body = json.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            rc.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer realm=\"resilib\"")
                    .putHeader("Content-Type", Problem.MEDIA_TYPE + "; charset=UTF-8").end(body);
        } else if (hadCookie && (rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD)) {
            rc.response().setStatusCode(303).putHeader("Location", rc.request().uri()).end();
        } else {
            rc.next();
        }
    }
}
