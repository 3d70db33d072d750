package org.resilib.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.resilib.text.Sha256;

/**
 * Pages that every visitor sees alike (the anonymous catalogue and course pages, the public course API), rendered
 * once per key and version and served from memory with a strong ETag, so a revalidating browser gets a 304.
 *
 * <p>The version is the caller's: a number read from the database on each request (for courses, the content epoch),
 * so an entry can never outlive the data it was made from, on any instance. The key must hold everything the
 * bytes depend on besides that version (language, path and query); the site's banner ({@link SiteBanner}) is added
 * to it here. The map is bounded: past {@link #MAX_ENTRIES}
 * it is emptied and refilled by the pages in use, so odd query strings cannot make it grow.
 */
@ApplicationScoped
public class RenderedPages {

    static final int MAX_ENTRIES = 512;

    /**
     * A rendered body, kept as the UTF-8 bytes that go on the wire (so a hit is not encoded again), with its media
     * type, entity tag and any headers that belong to it (paging links).
     */
    public record Page(long version, byte[] body, String mediaType, EntityTag tag, Map<String, String> headers) {
    }

    /** A body and the headers that go with it, as a renderer makes them. */
    public record Rendered(String body, Map<String, String> headers) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Instance<SiteBanner> banner;

    RenderedPages(Instance<SiteBanner> banner) {
        this.banner = banner;
    }

    /** What the site's banner shows on this request (part of every kept render's key), or null without one. */
    static Object bannerShown(Instance<SiteBanner> banner) {
        return banner.isResolvable() ? banner.get().shown() : null;
    }

    /** The key of a page that depends only on the language and the address (path and query) asked for. */
    public static String key(Locale language, URI address) {
        return language.toLanguageTag() + " " + address.getRawPath() + "?" + address.getRawQuery();
    }

    /** The page for this key at this version, rendering it when missing or made at another version. */
    public Page get(String key, long version, String mediaType, Supplier<String> render) {
        return getWithHeaders(key, version, mediaType, () -> new Rendered(render.get(), Map.of()));
    }

    /** Like {@link #get}, for a renderer that also gives headers of the response. */
    public Page getWithHeaders(String address, long version, String mediaType, Supplier<Rendered> render) {
        String key = address + '\u0000' + bannerShown(banner);
        Page page = pages.get(key);
        if (page != null && page.version() == version) {
            return page;
        }
        Rendered made = render.get();
        byte[] body = made.body().getBytes(StandardCharsets.UTF_8);
        page = new Page(version, body, mediaType, new EntityTag(Sha256.hex(body).substring(0, 32)),
                Map.copyOf(made.headers()));
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, page);
        return page;
    }

    /**
     * The response for a page: 304 when the request's {@code If-None-Match} names its tag, else the body. Both say
     * {@code Cache-Control: no-cache}: browsers and proxies may keep it, but ask again each time.
     */
    public static Response respond(Page page, String ifNoneMatch) {
        String quoted = "\"" + page.tag().getValue() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(quoted) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified(page.tag()).header("Cache-Control", "no-cache").build();
        }
        Response.ResponseBuilder ok = Response.ok(page.body(), page.mediaType()).tag(page.tag())
                .header("Cache-Control", "no-cache");
        page.headers().forEach(ok::header);
        return ok.build();
    }
}
