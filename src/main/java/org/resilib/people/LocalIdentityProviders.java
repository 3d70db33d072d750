package org.resilib.people;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Local accounts: email and bcrypt password from the form, then the signed session cookie on later requests. */
public final class LocalIdentityProviders {

    static final String PERSON_ID = "resilib.person-id";
    static final String DISPLAY_NAME = "resilib.display-name";
    static final String TIME_ZONE = "resilib.time-zone";

    private LocalIdentityProviders() {
    }

    /** The security identity of a person: principal, id, name, zone and current roles. */
    public static SecurityIdentity identity(Account account) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.email()))
                .addAttribute(PERSON_ID, account.id())
                .addAttribute(DISPLAY_NAME, account.displayName())
                .addAttribute(TIME_ZONE, account.timeZone());
        account.roles().forEach(r -> builder.addRole(r.key()));
        return builder.build();
    }

    static Uni<SecurityIdentity> lookup(AuthenticationRequestContext context, java.util.function.Supplier<Optional<Account>> query) {
        return context.runBlocking(() -> query.get().map(LocalIdentityProviders::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }

    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        private final AccountService accounts;

        Password(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return lookup(context, () -> accounts.authenticate(request.getUsername(),
                    new String(request.getPassword().getPassword())));
        }
    }

    @ApplicationScoped
    static class Session implements IdentityProvider<TrustedAuthenticationRequest> {
        private final AccountService accounts;

        Session(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            return lookup(context, () -> accounts.findActive(request.getPrincipal()));
        }
    }
}
