package org.resilib.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A script that calls {@code POST /api/v1/courses/x/publish} with a bearer token and no body sends no content type,
 * (or an empty form), which the CSRF filter treats like a form from another site. A request carrying an Authorization header cannot come
 * from another site's form or a simple cross-site fetch, so such a body-less API call is marked as JSON before the
 * CSRF check. Cookie-only requests without a content type still need a CSRF token.
 */
public class BearerWithoutBody {

    @ServerRequestFilter(preMatching = true)
    public void markAsJson(ContainerRequestContext ctx) {
        String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean empty = ("0".equals(length) || length == null && ctx.getHeaderString("Transfer-Encoding") == null);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && empty
                && ctx.getUriInfo().getPath().startsWith("/api/")) {
            ctx.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
