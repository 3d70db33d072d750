package org.resilib.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Facts about the current request that the layout needs, as {@code inject:page}. */
@RequestScoped
@Named("page")
public class PageContext {

    private final CurrentVertxRequest current;

    PageContext(CurrentVertxRequest current) {
        this.current = current;
    }

    /** The current URL with {@code lang} set to the given tag, for the language switcher. */
    public String langUrl(String tag) {
        HttpServerRequest request = current.getCurrent().request();
        String query = request.query() == null ? "" : Arrays.stream(request.query().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return request.path() + "?" + (query.isEmpty() ? "" : query + "&") + "lang="
                + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    public String getPath() {
        return current.getCurrent().request().path();
    }
}
