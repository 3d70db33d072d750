package org.resilib.people.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs a person in from the server, with the same session cookie the form sign-in sets: Quarkus's persistent
 * login manager built from the form settings and the session key, so the cookie is read back by the form
 * mechanism like any other. Used where asking for the password again would be pointless (a new account).
 *
 * <p>Only with a configured session key (the platform keeps one beside its embedded data; an external set-up sets
 * {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}): without one the form mechanism uses a temporary key of its own,
 * which this class cannot know, so it signs nobody in and the caller sends the person to the sign-in page.
 */
@ApplicationScoped
class SessionCookies {

    private final Optional<PersistentLoginManager> manager;
    private final String cookieName;

    SessionCookies(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval") Duration newCookieInterval,
            @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie") boolean httpOnly,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site") String sameSite,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String path) {
        this.cookieName = cookieName;
        this.manager = key.filter(k -> !k.isBlank()).map(k -> new PersistentLoginManager(k, cookieName,
                timeout.toMillis(), newCookieInterval.toMillis(), httpOnly, sameSite.toUpperCase(Locale.ROOT), path,
                -1, null));
    }

    /** Sets the session cookie for this identity on the response; false when there is no key to seal it with. */
    boolean signIn(SecurityIdentity identity, RoutingContext rc) {
        if (manager.isEmpty()) {
            return false;
        }
        manager.get().save(identity.getPrincipal().getName(), rc, cookieName, null, rc.request().isSSL());
        return true;
    }
}
