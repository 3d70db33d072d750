package org.resilib.access;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.resilib.config.ResilibConfig;
import org.resilib.identity.IdentityAttributes;
import org.resilib.identity.Role;
import org.resilib.people.Account;
import org.resilib.people.account.AccountService;
import org.resilib.people.account.SignedInAccounts;
import org.resilib.people.account.LocalIdentityProviders;
import org.resilib.web.DomainException;

/**
 * Sign-in with the university's OIDC provider. Whoever the provider vouches for (by the code flow at
 * {@code /login/oidc} or a bearer token on the API) becomes a Resilib person: found by the provider's subject,
 * created at the first sign-in, name and roles refreshed from the tokens every time. Only mapped roles count; the
 * provider's other role names never reach Resilib's authorization.
 */
@ApplicationScoped
public class SingleSignOn implements SecurityIdentityAugmentor {

    private final AccountService accounts;
    private final SignedInAccounts signedIn;
    private final Map<String, Role> roleMap;

    SingleSignOn(AccountService accounts, SignedInAccounts signedIn, ResilibConfig config) {
        this.accounts = accounts;
        this.signedIn = signedIn;
        this.roleMap = roleMap(config.oidc().roleMap().orElse(""));
    }

    static Map<String, Role> roleMap(String spec) {
        Map<String, Role> map = new HashMap<>();
        for (Role r : Role.values()) {
            map.put(r.key(), r);
        }
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && !kv[0].isBlank()) {
                Role.fromKey(kv[1].strip()).ifPresent(r -> map.put(kv[0].strip(), r));
            }
        }
        return map;
    }

    Set<Role> mapRoles(Set<String> providerRoles) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        providerRoles.stream().map(roleMap::get).filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    /**
     * Runs on every request of a person signed in through the provider. When the provider's claims are those the
     * person was last provisioned from and nothing changed the person since, their account comes from memory
     * ({@link SignedInAccounts}) with no statement; else they are provisioned on a worker thread.
     */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || identity.getAttribute(IdentityAttributes.PERSON_ID) != null) {
            return Uni.createFrom().item(identity);
        }
        AccountService.SsoClaims claims;
        try {
            claims = claims(identity, jwt);
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(e);
        }
        Optional<Account> known = signedIn.provisioned(claims);
        if (known.isPresent()) {
            return Uni.createFrom().item(toPerson(identity, known.get()));
        }
        return context.runBlocking(() -> toPerson(identity, provision(claims)));
    }

    private AccountService.SsoClaims claims(SecurityIdentity identity, JsonWebToken jwt) {
        String email = jwt.getClaim("email");
        if (jwt.getSubject() == null || email == null || email.isBlank()) {
            throw new AuthenticationFailedException("The identity provider sent no subject or email");
        }
        Object verified = jwt.getClaim("email_verified");
        String name = Optional.ofNullable((String) jwt.getClaim("name")).filter(n -> !n.isBlank())
                .orElse(Optional.ofNullable((String) jwt.getClaim("preferred_username")).orElse(email));
        String locale = Optional.ofNullable((String) jwt.getClaim("locale")).orElse("zh-CN");
        return new AccountService.SsoClaims(jwt.getSubject(), email.strip(),
                Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)), name,
                locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh-CN", mapRoles(identity.getRoles()));
    }

    @ActivateRequestContext
    Account provision(AccountService.SsoClaims claims) {
        try {
            return signedIn.provision(claims, () -> accounts.provision(claims));
        } catch (DomainException e) {
            throw new AuthenticationFailedException(e.messageKey());
        }
    }

    private static SecurityIdentity toPerson(SecurityIdentity identity, Account account) {
        SecurityIdentity local = LocalIdentityProviders.identity(account);
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes())
                .addAttributes(local.getAttributes()).addAttribute(IdentityAttributes.SSO, true);
        account.roles().forEach(r -> b.addRole(r.key()));
        return b.build();
    }

    /**
     * Lets the default OIDC tenant stay unconfigured: with a resolver present, Quarkus disables a default tenant that
     * has no server URL instead of failing to start, so installs without SSO need no OIDC settings at all.
     */
    @ApplicationScoped
    static class Tenants implements TenantConfigResolver {
        @Override
        public Uni<OidcTenantConfig> resolve(RoutingContext routingContext,
                OidcRequestContext<OidcTenantConfig> requestContext) {
            return Uni.createFrom().nullItem();
        }
    }
}
