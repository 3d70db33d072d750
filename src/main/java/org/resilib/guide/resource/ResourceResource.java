package org.resilib.guide.resource;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.text.LocalizedText;
import org.resilib.web.RequestLocale;

/** The e-resource directory's page: A–Z, by subject, searched and filtered, each with its off-campus link. */
@Path("/resources")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ResourceResource {

    static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
            "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "#");

    private final ResourceDirectory directory;
    private final ResourceViews views;
    private final RequestLocale locale;

    ResourceResource(ResourceDirectory directory, ResourceViews views, RequestLocale locale) {
        this.directory = directory;
        this.views = views;
        this.locale = locale;
    }

    /** A resource as the page shows it. */
    public record Entry(long id, String name, String nameLanguage, String description, String descriptionLanguage,
            String kindKey, String vendor, List<Link> subjects, String accessKey, String access, String link,
            String offCampusUrl, List<String> flagKeys, String note, String noteLanguage) {
    }

    /** A link of the page: its text and address, and whether it is the page's current filter. */
    public record Link(String label, String href, boolean current) {
    }

    /** An option of a filter: its value, the message naming it (or null: the value is its name), and if chosen. */
    public record Choice(String value, String labelKey, boolean selected) {
    }

    public record Page(List<Entry> resources, ResourceDirectory.Filter filter, List<Link> letters,
            List<Choice> subjects, List<Choice> accesses, List<Choice> flags, String query) {

        public boolean filtered() {
            return filter.q() != null || filter.subject() != null || filter.access() != null
                    || filter.flag() != null || filter.letter() != null;
        }
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance resources(Page page);
    }

    @GET
    public TemplateInstance page(@RestQuery String q, @RestQuery String subject, @RestQuery String access,
            @RestQuery String flag, @RestQuery String letter) {
        ResourceDirectory.Filter f = views.filter(q, subject, access, flag, letter);
        Locale language = locale.get();
        LocalDate today = ResourceDirectory.today();
        List<Entry> entries = new ArrayList<>();
        for (EResource r : directory.find(f, language)) {
            String off = directory.offCampusUrl(r);
            boolean note = views.noteFor(r);
            entries.add(new Entry(r.id(), r.name(language), other(LocalizedText.pickKey(r.name(), language), language),
                    r.description(language), other(LocalizedText.pickKey(r.description(), language), language),
                    "guide_kind_" + r.kind().replace('-', '_'), r.vendor(), r.subjects().stream()
                            .map(x -> new Link(x, "/resources?subject=" + encode(x), false)).toList(),
                    "guide_access_" + r.access().key(), r.access().key(), r.url(), off,
                    r.flags(today).stream().map(x -> "guide_flag_" + x).toList(),
                    note ? LocalizedText.pick(r.temporaryNote(), language) : null,
                    note ? other(LocalizedText.pickKey(r.temporaryNote(), language), language) : null));
        }
        List<Link> letters = LETTERS.stream().map(l -> new Link(l, "/resources?letter=" + encode(l),
                l.equals(f.letter()))).toList();
        List<Choice> subjects = directory.subjects().stream().map(x -> new Choice(x, null, x.equals(f.subject())))
                .toList();
        List<Choice> accesses = java.util.Arrays.stream(AccessMethod.values()).map(a -> new Choice(a.key(),
                "guide_access_" + a.key(), a == f.access())).toList();
        List<Choice> flags = ResourceViews.FLAGS.stream().sorted().map(x -> new Choice(x, "guide_flag_" + x,
                x.equals(f.flag()))).toList();
        return Templates.resources(new Page(entries, f, letters, subjects, accesses, flags, q == null ? "" : q));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The tag when a text is in another language than the page's, else null. */
    static String other(String tag, Locale page) {
        return tag == null || Locale.forLanguageTag(tag).getLanguage().equals(page.getLanguage()) ? null : tag;
    }
}
