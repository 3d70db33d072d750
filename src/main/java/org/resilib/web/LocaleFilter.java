package org.resilib.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Chooses the interface language: {@code ?lang=}, then the {@code lang} cookie, then {@code Accept-Language},
 * then zh-CN. A {@code ?lang=} choice is remembered in the cookie.
 */
public class LocaleFilter {

    static final String COOKIE = "lang";
    private final RequestLocale requestLocale;

    LocaleFilter(RequestLocale requestLocale) {
        this.requestLocale = requestLocale;
    }

    @ServerRequestFilter(preMatching = true)
    public void resolve(ContainerRequestContext ctx) {
        Optional<Locale> fromQuery = Languages.match(ctx.getUriInfo().getQueryParameters().getFirst("lang"));
        Cookie cookie = ctx.getCookies().get(COOKIE);
        Locale locale = fromQuery
                .or(() -> cookie == null ? Optional.empty() : Languages.match(cookie.getValue()))
                .or(() -> ctx.getAcceptableLanguages().stream()
                        .filter(l -> !l.getLanguage().equals("*"))
                        .map(l -> Languages.match(l.toLanguageTag()))
                        .flatMap(Optional::stream).findFirst())
                .orElse(Languages.DEFAULT);
        requestLocale.set(locale);
        // Quarkus REST renders templates in the first Accept-Language; make that the language chosen here.
        ctx.getHeaders().putSingle("Accept-Language", locale.toLanguageTag());
        if (fromQuery.isPresent()) {
            ctx.setProperty(COOKIE, locale.toLanguageTag());
        }
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object chosen = request.getProperty(COOKIE);
        if (chosen != null) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(COOKIE).value(chosen.toString()).path("/")
                    .maxAge(60 * 60 * 24 * 365).sameSite(NewCookie.SameSite.LAX).build());
        }
        if (!response.getHeaders().containsKey("Content-Language")) {
            response.getHeaders().add("Content-Language", requestLocale.getTag());
        }
        response.getHeaders().add("Vary", "Accept-Language, Cookie");
    }
}
