package org.resilib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Authored Markdown to safe HTML: CommonMark with tables, autolinks and heading anchors, then the OWASP sanitizer.
 * Raw HTML is allowed in the source but only what the policy keeps survives: no scripts, no event handlers, no
 * {@code javascript:} URLs, and iframes only for the video players in {@link #VIDEO_PLAYERS}.
 */
public final class Markdown {

    /** Bump when rendering or the policy changes, so that the next content reload re-renders every module. */
    public static final int VERSION = 2;

    /** Embeddable players of the video platforms libraries publish on. Keep in step with the CSP frame-src. */
    static final Pattern VIDEO_PLAYERS = Pattern.compile(
            "https://(player\\.bilibili\\.com/player\\.html\\?"
                    + "|v\\.qq\\.com/txp/iframe/player\\.html\\?"
                    + "|www\\.youtube(-nocookie)?\\.com/embed/)[A-Za-z0-9_\\-?=&%.;:/]*");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
            HeadingAnchorExtension.builder().idPrefix("sec-").defaultId("section").build());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** One builder for the whole policy: combining factories with {@code and} drops attributes such as ids. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "br", "hr", "blockquote", "pre", "code", "b", "i", "em", "strong", "u",
                    "s", "del", "ins", "small", "sup", "sub", "kbd", "mark", "abbr", "h1", "h2", "h3", "h4", "h5", "h6",
                    "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "figure", "figcaption", "details", "summary", "a", "img")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}%?")).onElements("img", "iframe")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("title").onElements("a", "img", "abbr", "iframe")
            .allowAttributes("id").matching(Pattern.compile("sec-[\\p{L}\\p{N}_-]{0,120}"))
            .onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(Pattern.compile("language-[a-z0-9+#-]{1,30}")).onElements("code")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,5}")).onElements("ol")
            .allowAttributes("scope").matching(Pattern.compile("row|col")).onElements("th")
            .allowElements((name, attrs) -> attrs.contains("src") ? name : null, "iframe")
            .allowAttributes("src").matching(VIDEO_PLAYERS).onElements("iframe")
            .allowAttributes("allowfullscreen").onElements("iframe")
            .toFactory();

    private Markdown() {
    }

    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    /**
     * The text of Markdown as the page shows it, without markup (for structured data that wants plain text): what
     * the sanitizer leaves of it, tags dropped and character references read back.
     */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Matcher m = ENTITY.matcher(TEXT_ONLY.sanitize(toSafeHtml(markdown)));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return scrollable(sanitize(html));
    }

    /**
     * Tables and code blocks scroll sideways on a phone rather than widen the page (WCAG 1.4.10), and a region
     * that scrolls must be reachable by keyboard (WCAG 2.1.1). Applied to sanitized output, where these elements
     * carry no attributes, so only this known markup is added.
     */
    static String scrollable(String safeHtml) {
        return safeHtml.replace("<table>", "<div class=\"scroll-x\" tabindex=\"0\"><table>")
                .replace("</table>", "</table></div>")
                .replace("<pre>", "<pre tabindex=\"0\">");
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    private static final Pattern FORBIDDEN_SCHEME = Pattern.compile(
            "(?i)\\b(href|src)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data|file)\\s*:");

    /** Elements whose removal means the author tried to run code or embed something unsafe, not a formatting slip. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe",
            "object", "embed", "applet", "frame", "frameset", "form", "input", "button", "textarea", "select", "base",
            "meta", "link", "svg", "math", "template");

    /**
     * What the sanitizer would have to strip from this Markdown because it is active content: scripts, event
     * handlers, {@code javascript:} links, frames other than the allowed video players. Authors editing in the
     * browser are told instead of having it silently removed; files keep being sanitized on load.
     */
    public static List<String> activeContent(String markdown) {
        List<String> found = new ArrayList<>();
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        POLICY.sanitize(html, new HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(List<String> context, String elementName) {
                if (ACTIVE_ELEMENTS.contains(elementName.toLowerCase(Locale.ROOT))) {
                    context.add("<" + elementName + ">");
                }
            }

            @Override
            public void discardedAttributes(List<String> context, String tagName, String... names) {
                for (String name : names) {
                    String n = name.toLowerCase(Locale.ROOT);
                    if (n.startsWith("on") || n.equals("href") || n.equals("src")
                            || n.equals("srcdoc") || n.equals("formaction")) {
                        context.add(tagName + " " + name);
                    }
                }
            }
        }, found);
        // The sanitizer drops a link whose URL has a forbidden scheme without reporting it as an attribute.
        Matcher scheme = FORBIDDEN_SCHEME.matcher(html);
        while (scheme.find()) {
            found.add(scheme.group(1) + " " + scheme.group(2) + ":");
        }
        return found;
    }
}
