package org.resilib.guide.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.course.PublishedCourses;
import org.resilib.consult.Faq;
import org.resilib.guide.DeclaredEmergency;
import org.resilib.guide.GuideState;
import org.resilib.guide.JsonLd;
import org.resilib.guide.ServiceArea;
import org.resilib.guide.resource.AccessMethod;
import org.resilib.guide.resource.EResource;
import org.resilib.guide.resource.ResourceDirectory;
import org.resilib.identity.Viewer;
import org.resilib.livesession.Actor;
import org.resilib.livesession.SessionView;
import org.resilib.livesession.SessionViews;
import org.resilib.text.LocalizedText;
import org.resilib.web.RequestLocale;

/**
 * A guide as one reader sees it: the sections in their language, each live list filled for them (the notices of
 * their audience, resources with their off-campus links, the sessions and courses open to them), and the FAQ
 * sections as schema.org {@code FAQPage} data.
 */
@RequestScoped
public class GuideViews {

    static final Duration SESSIONS_AHEAD = Duration.ofDays(60);

    /** A link of a live list. */
    public record Item(String label, String labelLanguage, String href, String detail) {
    }

    /** A live list below a section, with where the whole list is. */
    public record Live(String list, List<Item> items, String more) {
    }

    public record SectionView(String slug, String title, String titleLanguage, String html, String bodyLanguage,
            boolean faq, List<GuidePages.Question> questions, Live live) {
    }

    public record GuideView(String slug, String title, String titleLanguage, String summary, boolean emergencyGuide,
            DeclaredEmergency emergency, String emergencyTitle, String emergencyMessage, List<String> affectedKeys,
            List<SectionView> sections, String faqJsonLd, boolean preview) {
    }

    private final GuidePages pages;
    private final GuideState state;
    private final ResourceDirectory directory;
    private final SessionViews sessions;
    private final PublishedCourses courses;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final ObjectMapper json;

    private final Faq faq;

    GuideViews(GuidePages pages, GuideState state, ResourceDirectory directory, SessionViews sessions,
            PublishedCourses courses, Viewer viewer, RequestLocale locale, ObjectMapper json, Faq faq) {
        this.faq = faq;
        this.pages = pages;
        this.state = state;
        this.directory = directory;
        this.sessions = sessions;
        this.courses = courses;
        this.viewer = viewer;
        this.locale = locale;
        this.json = json;
    }

    public GuideView view(GuidePages.Guide g) {
        Locale language = locale.get();
        Instant now = Instant.now();
        List<SectionView> sections = new ArrayList<>();
        List<Map<String, Object>> faq = new ArrayList<>();
        for (GuidePages.Section s : g.sections()) {
            List<GuidePages.Question> questions = s.faq() ? pages.questions(g, s, language) : List.of();
            questions.forEach(q -> faq.add(Map.of("@type", "Question", "name", q.question(), "acceptedAnswer",
                    Map.of("@type", "Answer", "text", q.answerText()))));
            sections.add(new SectionView(s.slug(), LocalizedText.pick(s.title(), language),
                    other(LocalizedText.pickKey(s.title(), language), language), s.faq() ? "" : pages.html(g, s, language),
                    other(LocalizedText.pickKey(s.body(), language), language), s.faq(), questions,
                    s.embed() == null ? null : live(s.embed(), language, now)));
        }
        String faqJsonLd = null;
        if (!faq.isEmpty()) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("@context", "https://schema.org");
            page.put("@type", "FAQPage");
            page.put("mainEntity", faq);
            faqJsonLd = JsonLd.of(json, page);
        }
        DeclaredEmergency emergency = g.emergency() ? state.showing(now).orElse(null) : null;
        return new GuideView(g.slug(), g.title(language), other(LocalizedText.pickKey(g.title(), language), language),
                g.summary(language), g.emergency(), emergency, emergency == null ? null : emergency.title(language),
                emergency == null ? null : emergency.message(language), emergency == null ? List.of()
                        : emergency.affected().stream().map(a -> ServiceArea.fromKey(a).map(ServiceArea::messageKey)
                                .orElse("guide_area_building")).toList(), sections, faqJsonLd, g.id() < 0);
    }

    private Live live(Embed e, Locale language, Instant now) {
        int limit = e.limit();
        return switch (e.list()) {
            case "notices" -> new Live("notices", state.current(now).stream()
                    .filter(n -> n.audience().includes(viewer)).limit(limit)
                    .map(n -> new Item(n.title(language), other(n.titleLanguage(language), language),
                            "/notices/" + n.id(), "guide_severity_" + n.severity().key())).toList(), "/notices");
            case "resources" -> resources(e, language);
            case "sessions" -> new Live("sessions", sessions.list(now, now.plus(SESSIONS_AHEAD), null, null,
                    Actor.of(viewer, language)).stream().filter(v -> !v.cancelled())
                    .filter(v -> !v.audience().staffOnly() || viewer.isStaff()).limit(limit)
                    .map(this::session).toList(), "/sessions");
            case "courses" -> new Live("courses", courses.current().ordered(language).stream()
                    .filter(o -> o.dimension().equals(e.filter("dimension")) || e.filter("dimension") == null)
                    .filter(o -> !o.staffOnly() || viewer.isStaff()).limit(limit)
                    .map(o -> new Item(o.title(language), other(LocalizedText.pickKey(o.title(), language), language),
                            "/courses/" + o.slug(), null)).toList(),
                    e.filter("dimension") == null ? "/" : "/?dimension=" + encode(e.filter("dimension")));
            case "faq" -> new Live("faq", faq.all().stream().limit(limit).map(f -> new Item(f.question(language),
                    other(LocalizedText.pickKey(f.question(), language), language), "/faq#faq-" + f.id(), null))
                    .toList(), "/faq");
            default -> new Live(e.list(), List.of(), null);
        };
    }

    private Item session(SessionView v) {
        return new Item(v.title(), null, "/sessions/" + v.id(), v.when());
    }

    private Live resources(Embed e, Locale language) {
        AccessMethod access = e.filter("access") == null ? null : AccessMethod.fromKey(e.filter("access")).orElse(null);
        ResourceDirectory.Filter f = new ResourceDirectory.Filter(null, e.filter("subject"), access, e.filter("flag"),
                null);
        List<Item> items = new ArrayList<>();
        for (EResource r : directory.find(f, language).stream().limit(e.limit()).toList()) {
            String off = directory.offCampusUrl(r);
            items.add(new Item(r.name(language), other(LocalizedText.pickKey(r.name(), language), language),
                    off != null ? off : r.url(), off == null ? "guide_resources_campus_only"
                            : "guide_access_" + r.access().key()));
        }
        StringBuilder more = new StringBuilder("/resources");
        String sep = "?";
        for (String key : List.of("subject", "access", "flag")) {
            if (e.filter(key) != null) {
                more.append(sep).append(key).append('=').append(encode(e.filter(key)));
                sep = "&";
            }
        }
        return new Live("resources", items, more.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String other(String tag, Locale page) {
        return tag == null || Locale.forLanguageTag(tag).getLanguage().equals(page.getLanguage()) ? null : tag;
    }
}
