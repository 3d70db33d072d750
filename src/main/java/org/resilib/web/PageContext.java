package org.resilib.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Facts about the current request that the layout needs, as {@code inject:page}. */
@RequestScoped
@Named("page")
public class PageContext {

    /** The query parameter a redirect after a form carries to say what was done: {@code ?done=done_...}. */
    public static final String DONE = "done";

    private final CurrentVertxRequest current;
    private final CsrfTokenParameterProvider csrf;
    private final RenderSlots slots;

    PageContext(CurrentVertxRequest current, CsrfTokenParameterProvider csrf, RenderSlots slots) {
        this.current = current;
        this.csrf = csrf;
        this.slots = slots;
    }

    /** The CSRF token for the page's forms ({@code tags/csrf.html}); a hole in a shared render. */
    public String getCsrfToken() {
        return slots.csrfToken(csrf::getToken);
    }

    /** This request's CSRF token, or null where the CSRF filter gave it none. */
    String csrfTokenIfAny() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException none) {
            return null;
        }
    }

    /** This request's CSRF token, to fill the holes of a shared render. */
    String csrfTokenNow() {
        return csrf.getToken();
    }

    /**
     * The acknowledgement the layout shows after a successful form (the page a POST redirected to names it), or
     * null: only keys of the {@code done_} messages count, so the parameter cannot put other text on a page.
     */
    public String getDone() {
        String key = current.getCurrent().request().getParam(DONE);
        return key != null && DONE_KEYS.contains(key) ? key : null;
    }

    /** The acknowledgements there are: the {@code done_} messages of {@link ActionMessages}. */
    private static final Set<String> DONE_KEYS = Arrays.stream(ActionMessages.class.getMethods())
            .map(Method::getName).filter(n -> n.startsWith("done_")).collect(Collectors.toUnmodifiableSet());

    /** {@code path} (a fragment kept last) with the acknowledgement {@code doneKey} for the page after the redirect. */
    public static URI done(String path, String doneKey) {
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return URI.create(base + (base.contains("?") ? "&" : "?") + DONE + "=" + doneKey + fragment);
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
