package org.resilib.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Marks every cookie Secure when the site is reached over HTTPS, directly or through a trusted reverse proxy
 * ({@code X-Forwarded-Proto: https}), as in production; plain-HTTP development on localhost keeps working.
 */
@ApplicationScoped
public class SecureCookies {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::mark);
    }

    void mark(RoutingContext rc) {
        if ("https".equalsIgnoreCase(rc.request().scheme()) || rc.request().isSSL()) {
            rc.addHeadersEndHandler(v -> {
                List<String> cookies = rc.response().headers().getAll("Set-Cookie");
                if (cookies.isEmpty()) {
                    return;
                }
                rc.response().headers().remove("Set-Cookie");
                for (String c : cookies) {
                    rc.response().headers().add("Set-Cookie",
                            c.toLowerCase(Locale.ROOT).contains("; secure") ? c : c + "; Secure");
                }
            });
        }
        rc.next();
    }
}
