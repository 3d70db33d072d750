package org.resilib.people.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.resilib.audit.AuditLog;
import org.resilib.identity.IdentityAttributes;
import org.resilib.identity.Role;
import org.resilib.people.Account;
import org.resilib.settings.SiteSettings;

/**
 * Local accounts: email and bcrypt password from the form, then the signed session cookie on later requests. The
 * cookie's principal is {@code <person id>:<session version>}, so a password change (which bumps the version) ends
 * every session the person had.
 */
public final class LocalIdentityProviders {

    /** Tells the login page why the last attempt failed ("locked"); read once and cleared there. */
    static final String ERROR_COOKIE = "resilib-login-error";

    private LocalIdentityProviders() {
    }

    /** The security identity of a person: principal, id, name, zone and current roles. */
    public static SecurityIdentity identity(Account account) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.id() + ":" + account.sessionVersion()))
                .addAttribute(IdentityAttributes.PERSON_ID, account.id())
                .addAttribute(IdentityAttributes.EMAIL, account.email())
                .addAttribute(IdentityAttributes.DISPLAY_NAME, account.displayName())
                .addAttribute(IdentityAttributes.TIME_ZONE, account.timeZone());
        account.roles().forEach(r -> builder.addRole(r.key()));
        return builder.build();
    }

    static String address(AuthenticationRequest request) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        return rc == null || rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
    }

    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        private final AccountService accounts;
        private final SignInThrottle throttle;
        private final AuditLog audit;

        private final SiteSettings settings;

        Password(AccountService accounts, SignInThrottle throttle, AuditLog audit,
                SiteSettings settings) {
            this.settings = settings;
            this.accounts = accounts;
            this.throttle = throttle;
            this.audit = audit;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String email = request.getUsername() == null ? "" : request.getUsername().strip();
            String address = address(request);
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            return context.runBlocking(() -> {
                Instant lockedUntil = throttle.lockedUntil(email, address);
                if (lockedUntil != null) {
                    audit.recordAlone(null, email, AuditLog.Action.SIGN_IN_FAILED, "person:" + email,
                            Map.of("reason", "locked"));
                    tell(rc, "locked");
                    throw new AuthenticationFailedException();
                }
                Optional<Account> account = accounts.authenticate(email, new String(request.getPassword().getPassword()));
                if (account.isEmpty()) {
                    boolean locked = throttle.recordFailure(email, address);
                    audit.recordAlone(null, email, AuditLog.Action.SIGN_IN_FAILED, "person:" + email,
                            Map.of("reason", "password"));
                    if (locked) {
                        audit.recordAlone(null, email, AuditLog.Action.ACCOUNT_LOCKED, "person:" + email,
                                Map.of("minutes", throttle.lockPeriod().toMinutes()));
                        tell(rc, "locked");
                    }
                    throw new AuthenticationFailedException();
                }
                if (!settings.localSignIn() && !account.get().roles().contains(Role.ADMIN)) {
                    audit.recordAlone(account.get().id(), email, AuditLog.Action.SIGN_IN_FAILED,
                            "person:" + account.get().id(), Map.of("reason", "local_sign_in_off"));
                    tell(rc, "sso-only");
                    throw new AuthenticationFailedException();
                }
                throttle.clear(email);
                audit.recordAlone(account.get().id(), account.get().email(), AuditLog.Action.SIGN_IN,
                        "person:" + account.get().id(), Map.of("method", "password"));
                return identity(account.get());
            });
        }

        private static void tell(RoutingContext rc, String reason) {
            if (rc != null) {
                rc.response().addCookie(Cookie.cookie(ERROR_COOKIE, reason).setPath("/login").setHttpOnly(true)
                        .setMaxAge(300).setSameSite(CookieSameSite.LAX));
            }
        }
    }

    /**
     * The session cookie's person: from memory when their account is known there ({@link SignedInAccounts}), on the
     * calling (I/O) thread with no statement; else read on a worker thread, and kept.
     */
    @ApplicationScoped
    static class Session implements IdentityProvider<TrustedAuthenticationRequest> {
        private final AccountService accounts;
        private final SignedInAccounts signedIn;

        Session(AccountService accounts, SignedInAccounts signedIn) {
            this.accounts = accounts;
            this.signedIn = signedIn;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            String[] parts = request.getPrincipal() == null ? new String[0] : request.getPrincipal().split(":");
            if (parts.length != 2) {
                return Uni.createFrom().failure(new AuthenticationFailedException());
            }
            long id;
            int version;
            try {
                id = Long.parseLong(parts[0]);
                version = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                return Uni.createFrom().failure(new AuthenticationFailedException());
            }
            Optional<SecurityIdentity> known = signedIn.known(id, version);
            if (known.isPresent()) {
                return Uni.createFrom().item(known.get());
            }
            return context.runBlocking(() -> signedIn.load(id, () -> accounts.findActive(id))
                    .filter(e -> e.account().sessionVersion() == version).map(SignedInAccounts.Entry::identity)
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }
}
