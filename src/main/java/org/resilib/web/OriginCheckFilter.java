package org.resilib.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF defence for the JSON API. Forms carry a token (quarkus-rest-csrf); API calls made with the session cookie
 * are refused when a browser says they come from another site (OWASP "verify origin with standard headers").
 * Scripts and integrations send no Origin and authenticate with a bearer token, so they are not affected.
 */
public class OriginCheckFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext ctx) {
        if (SAFE.contains(ctx.getMethod()) || !ctx.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String fetchSite = ctx.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw DomainException.forbidden("cross_site_request");
        }
        String origin = ctx.getHeaderString("Origin");
        if (origin != null && !sameHost(origin, ctx.getHeaderString(HttpHeaders.HOST))) {
            throw DomainException.forbidden("cross_site_request");
        }
    }

    public static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return host != null && (host.equalsIgnoreCase(originHost) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
