package org.resilib.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Optional;
import java.util.Set;
import org.resilib.people.account.AccountService;
import org.resilib.people.account.LocalIdentityProviders;

/**
 * {@code Authorization: Bearer rsl_…} on {@code /api/}: a personal API token acts with its owner's current roles.
 * Other bearer tokens (OIDC access tokens) and requests without one are left to the other mechanisms.
 */
@ApplicationScoped
@Priority(2000)
public class TokenAuthentication implements HttpAuthenticationMechanism {

    static final class TokenRequest extends BaseAuthenticationRequest {
        final String token;

        TokenRequest(String token) {
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = token(context);
        if (token == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identityProviderManager.authenticate(new TokenRequest(token));
    }

    static String token(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !context.normalizedPath().startsWith("/api/")) {
            return null;
        }
        String value = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        return value != null && value.startsWith(ApiTokens.PREFIX) ? value : null;
    }

    /** The API answers 401 with a Bearer challenge; pages keep the form login's redirect. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().item(false);
        }
        return HttpAuthenticationMechanism.super.sendChallenge(context);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"resilib\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    @Override
    public int getPriority() {
        return 2000;
    }

    /** Looks the token up and builds its owner's identity; an unknown, revoked or deactivated one fails with 401. */
    @ApplicationScoped
    static class Provider implements IdentityProvider<TokenRequest> {
        private final ApiTokens tokens;
        private final AccountService accounts;

        Provider(ApiTokens tokens, AccountService accounts) {
            this.tokens = tokens;
            this.accounts = accounts;
        }

        @Override
        public Class<TokenRequest> getRequestType() {
            return TokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> lookup(request.token));
        }

        @ActivateRequestContext
        SecurityIdentity lookup(String token) {
            return tokens.owner(token).flatMap(accounts::findActive).map(LocalIdentityProviders::identity)
                    .orElseThrow(AuthenticationFailedException::new);
        }
    }
}
