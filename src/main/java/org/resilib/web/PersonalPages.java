package org.resilib.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.Escaper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Signed-in pages served from renders shared by everyone who would see the same page, so that a page whose inputs
 * did not change is not rendered again for each request: a thousand students reading the same module, or a learner
 * coming back to a dashboard where nothing changed, cost a lookup and a copy instead of a template render.
 *
 * <p>A render is kept under everything it is made from: the template, the page's view model (a record, compared by
 * value, so progress that differs makes another render), the language, the address (path and query, which the
 * layout reads for the language switcher, the current navigation item and the acknowledgement), what the layout
 * shows of the viewer besides their name (signed in, roles), and the site's banner ({@link SiteBanner}). The viewer's name and the CSRF token differ from person
 * to person and browser to browser while the rest is alike: the shared render writes markers for them
 * ({@link RenderSlots}), and each request fills the holes with its own values, HTML-escaped. The markers carry a
 * random number drawn at start-up, so no authored text can spell them.
 *
 * <p>Only for templates whose personal content is the view model plus what is named above (a page that showed,
 * say, times in the viewer's zone would need the zone in {@code viewer}). Nothing is kept across content changes
 * or restarts beyond what the key says: a model built from the current content is a different key. Bounded by the
 * bytes kept ({@link #MAX_BYTES}); the least recently used go first.
 */
@ApplicationScoped
public class PersonalPages {

    /** A hole in a shared render. */
    enum Slot {
        NAME, CSRF
    }

    private static final Logger LOG = Logger.getLogger(PersonalPages.class);
    static final long MAX_BYTES = 16L << 20;
    private static final String NONCE = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final String PREFIX = OPEN + NONCE;
    /** The escapes Qute applies to HTML output, for the values put in the holes. */
    private static final Escaper HTML = Escaper.builder().add('"', "&quot;").add('\'', "&#39;").add('&', "&amp;")
            .add('<', "&lt;").add('>', "&gt;").build();

    /** Everything a render is made from. */
    private record Key(String template, Object model, Locale language, String address, Object viewer,
            Object banner) {
    }

    /** A render cut at its holes: {@code parts.length == slots.length + 1}. */
    private record Render(byte[][] parts, Slot[] slots, int bytes) {
    }

    private final Cache<Key, Render> renders = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((Key k, Render r) -> r.bytes() + 64).build();
    private final RenderSlots slots;
    private final RequestLocale locale;
    private final CurrentVertxRequest request;
    private final PageContext page;

    private final Instance<SiteBanner> banner;

    PersonalPages(RenderSlots slots, RequestLocale locale, CurrentVertxRequest request, PageContext page,
            Instance<SiteBanner> banner) {
        this.banner = banner;
        this.slots = slots;
        this.locale = locale;
        this.request = request;
        this.page = page;
    }

    static String marker(Slot slot) {
        return PREFIX + slot.ordinal() + CLOSE;
    }

    /**
     * The page, from the shared render for {@code model} when there is one, else rendered now and kept.
     *
     * @param page the template with its data ({@code model} and nothing personal besides it)
     * @param model the view model the template shows, compared by value
     * @param viewer what the layout shows of the viewer besides their name (a value: roles, signed in)
     * @param name the viewer's name, for its holes
     */
    public Response render(TemplateInstance page, Object model, Object viewer, String name) {
        Locale language = locale.get();
        Key key = new Key(page.getTemplate().getId(), model, language, request.getCurrent().request().uri(), viewer,
                RenderedPages.bannerShown(banner));
        Render render = renders.getIfPresent(key);
        if (render == null) {
            String html = renderShared(page.setLocale(language));
            render = cut(html);
            if (personal(html, name)) {
                // A template wrote the viewer's own name or token instead of its hole: serve it to them, keep none.
                LOG.warnf("%s wrote a personal value outside its holes; not shared", key.template());
                return Response.ok(fill(render, name), "text/html;charset=UTF-8")
                        .header("Cache-Control", "private, no-cache").build();
            }
            renders.put(key, render);
        }
        return Response.ok(fill(render, name), "text/html;charset=UTF-8").header("Cache-Control", "private, no-cache")
                .build();
    }

    /**
     * Whether a shared render holds the viewer's own name or CSRF token as text: a template that reads them some
     * other way than through the holes (a short name may also just occur in the page: then it is not shared either).
     */
    private boolean personal(String html, String name) {
        String token = this.page.csrfTokenIfAny();
        return name != null && !name.isEmpty() && html.contains(HTML.escape(name))
                || token != null && html.contains(HTML.escape(token));
    }

    private String renderShared(TemplateInstance page) {
        slots.shared(true);
        try {
            return page.render();
        } finally {
            slots.shared(false);
        }
    }

    private byte[] fill(Render render, String name) {
        byte[][] values = new byte[Slot.values().length][];
        int length = 0;
        for (byte[] part : render.parts()) {
            length += part.length;
        }
        for (Slot s : render.slots()) {
            if (values[s.ordinal()] == null) {
                String value = switch (s) {
                    case NAME -> name;
                    case CSRF -> this.page.csrfTokenNow();
                };
                values[s.ordinal()] = HTML.escape(value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
            }
            length += values[s.ordinal()].length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < render.parts().length; i++) {
            byte[] part = render.parts()[i];
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
            if (i < render.slots().length) {
                byte[] value = values[render.slots()[i].ordinal()];
                System.arraycopy(value, 0, out, at, value.length);
                at += value.length;
            }
        }
        return out;
    }

    /** The render cut at its markers. */
    static Render cut(String html) {
        List<byte[]> parts = new ArrayList<>();
        List<Slot> holes = new ArrayList<>();
        int from = 0;
        int bytes = 0;
        for (int at = html.indexOf(PREFIX); at >= 0; at = html.indexOf(PREFIX, from)) {
            int close = html.indexOf(CLOSE, at);
            Slot slot = Slot.values()[html.charAt(at + PREFIX.length()) - '0'];
            byte[] part = html.substring(from, at).getBytes(StandardCharsets.UTF_8);
            parts.add(part);
            bytes += part.length;
            holes.add(slot);
            from = close + 1;
        }
        byte[] last = html.substring(from).getBytes(StandardCharsets.UTF_8);
        parts.add(last);
        bytes += last.length;
        return new Render(parts.toArray(byte[][]::new), holes.toArray(Slot[]::new), bytes);
    }

    /** How many renders are kept (for tests). */
    long size() {
        renders.cleanUp();
        return renders.estimatedSize();
    }
}
