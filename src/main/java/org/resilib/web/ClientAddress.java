package org.resilib.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The client's address as the HTTP layer sees it: the connection's, or the one a trusted proxy forwarded when the
 * proxy headers are enabled ({@code quarkus.http.proxy.*}). For the audit log and the address limits.
 */
@ApplicationScoped
public class ClientAddress {

    private final CurrentVertxRequest request;

    ClientAddress(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The address (at most 64 characters), or null outside a request. */
    public String get() {
        try {
            RoutingContext rc = request.getCurrent();
            if (rc == null || rc.request().remoteAddress() == null) {
                return null;
            }
            String a = rc.request().remoteAddress().hostAddress();
            return a == null || a.length() <= 64 ? a : a.substring(0, 64);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
