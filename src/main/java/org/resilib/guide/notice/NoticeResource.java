package org.resilib.guide.notice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.config.ResilibConfig;
import org.resilib.guide.GuideState;
import org.resilib.guide.JsonLd;
import org.resilib.guide.NoticeAudience;
import org.resilib.guide.NoticeDismissals;
import org.resilib.guide.PostedNotice;
import org.resilib.guide.Severity;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.text.LocalizedText;
import org.resilib.text.Markdown;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.PageContext;
import org.resilib.web.RequestLocale;

/**
 * Notices as pages: the current list, each notice (with schema.org {@code SpecialAnnouncement} data), the Atom
 * feed, dismissing a critical one, and the editors' pages to write them.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NoticeResource {

    /** COVID-19 in Wikidata, the category schema.org asks SpecialAnnouncements to name. */
    static final String CATEGORY = "https://www.wikidata.org/wiki/Q81068910";

    private final NoticeService service;
    private final GuideState state;
    private final NoticeDismissals dismissals;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final ObjectMapper json;
    private final String baseUrl;

    NoticeResource(NoticeService service, GuideState state, NoticeDismissals dismissals, Viewer viewer,
            RequestLocale locale, ObjectMapper json, ResilibConfig config) {
        this.service = service;
        this.state = state;
        this.dismissals = dismissals;
        this.viewer = viewer;
        this.locale = locale;
        this.json = json;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    /** A notice as a page shows it, in the reader's language. */
    public record NoticeView(long id, String title, String titleLanguage, String bodyHtml, String bodyLanguage,
            String severity, String audience, Instant publishAt, Instant expiresAt, Instant updatedAt,
            boolean expired, boolean scheduled) {

        public String severityKey() {
            return "guide_severity_" + severity;
        }

        public String audienceKey() {
            return "guide_audience_" + audience;
        }
    }

    public record ListPage(List<NoticeView> notices, boolean editor) {
    }

    public record DetailPage(NoticeView notice, String jsonLd, boolean editor) {
    }

    public record ManagePage(List<NoticeView> notices) {
    }

    public record EditPage(Long id, NoticeForm form, FormErrors errors, List<Choice> severities,
            List<Choice> audiences) {
    }

    /** An option of a select: its value and the message naming it. */
    public record Choice(String value, String labelKey) {
    }

    /** One entry of the feed. */
    public record FeedEntry(long id, String title, String html, String severity, String published, String updated) {
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance notices(ListPage page);

        static native TemplateInstance notice(DetailPage page);

        static native TemplateInstance noticesManage(ManagePage page);

        static native TemplateInstance noticeEdit(EditPage page);

        static native TemplateInstance noticesFeed(String base, String language, String updated,
                List<FeedEntry> entries);
    }

    @GET
    @Path("notices")
    @PermitAll
    public TemplateInstance list() {
        Instant now = Instant.now();
        return Templates.notices(new ListPage(state.current(now).stream().filter(n -> n.audience().includes(viewer))
                .map(n -> view(n, now)).toList(), viewer.isEditor()));
    }

    @GET
    @Path("notices/{id}")
    @PermitAll
    public TemplateInstance detail(@RestPath long id) {
        PostedNotice n = service.forReader(id, viewer);
        NoticeView v = view(n, Instant.now());
        return Templates.notice(new DetailPage(v, JsonLd.of(json, announcement(n, v)), viewer.isEditor()));
    }

    @GET
    @Path("notices.atom")
    @PermitAll
    @Produces("application/atom+xml")
    public Response feed() {
        Instant now = Instant.now();
        Locale language = locale.get();
        List<PostedNotice> shown = state.current(now).stream()
                .filter(n -> n.audience() == NoticeAudience.EVERYONE).toList();
        Instant updated = shown.stream().map(PostedNotice::updatedAt).max(Instant::compareTo).orElse(now);
        List<FeedEntry> entries = shown.stream().map(n -> new FeedEntry(n.id(), n.title(language),
                Markdown.toSafeHtml(n.body(language)), n.severity().key(), iso(n.publishAt()),
                iso(n.updatedAt().isAfter(n.publishAt()) ? n.updatedAt() : n.publishAt()))).toList();
        String body = Templates.noticesFeed(baseUrl, locale.getTag(), iso(updated), entries).render();
        return Response.ok(body, "application/atom+xml; charset=utf-8").build();
    }

    @POST
    @Path("notices/{id}/dismiss")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@RestPath long id, @RestForm String back, @Context HttpServerRequest request) {
        URI to = PageContext.done(localPath(back), "done_notice_dismissed");
        if (viewer.isSignedIn()) {
            dismissals.dismiss(viewer.requireId(), id);
            return Response.seeOther(to).build();
        }
        Cookie cookie = request.getCookie(NoticeDismissals.COOKIE);
        Set<Long> unexpired = state.unexpired().stream().map(PostedNotice::id).collect(Collectors.toSet());
        String value = NoticeDismissals.cookieWith(NoticeDismissals.fromCookie(cookie), id, unexpired);
        NewCookie kept = new NewCookie.Builder(NoticeDismissals.COOKIE).value(value).path("/")
                .maxAge(60 * 60 * 24 * 180).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(to).cookie(kept).build();
    }

    @GET
    @Path("notices/manage")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance manage() {
        Instant now = Instant.now();
        return Templates.noticesManage(new ManagePage(service.all().stream().map(n -> view(n, now)).toList()));
    }

    @GET
    @Path("notices/new")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance newNotice() {
        return Templates.noticeEdit(edit(null, NoticeForm.empty(), FormErrors.none()));
    }

    @POST
    @Path("notices/new")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NoticeForm form) {
        try {
            PostedNotice n = service.create(form.draft(viewer.getZone()), viewer.getId(), viewer.getEmail());
            return Response.seeOther(PageContext.done("/notices/" + n.id(), "done_notice_saved")).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.noticeEdit(edit(null, form, FormErrors.of(e))))
                    .build();
        }
    }

    @GET
    @Path("notices/{id}/edit")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance editNotice(@RestPath long id) {
        return Templates.noticeEdit(edit(id, NoticeForm.of(service.forReader(id, viewer), viewer.getZone()),
                FormErrors.none()));
    }

    @POST
    @Path("notices/{id}/edit")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam NoticeForm form) {
        try {
            service.update(id, form.draft(viewer.getZone()), viewer.getId(), viewer.getEmail());
            return Response.seeOther(PageContext.done("/notices/" + id, "done_notice_saved")).build();
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.noticeEdit(edit(id, form, FormErrors.of(e))))
                    .build();
        }
    }

    @POST
    @Path("notices/{id}/delete")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        service.delete(id, viewer.getId(), viewer.getEmail());
        return Response.seeOther(PageContext.done("/notices/manage", "done_notice_deleted")).build();
    }

    private EditPage edit(Long id, NoticeForm form, FormErrors errors) {
        return new EditPage(id, form, errors, Arrays.stream(Severity.values())
                .map(s -> new Choice(s.key(), "guide_severity_" + s.key())).toList(),
                Arrays.stream(NoticeAudience.values())
                        .map(a -> new Choice(a.key(), "guide_audience_" + a.key())).toList());
    }

    private NoticeView view(PostedNotice n, Instant now) {
        Locale language = locale.get();
        String bodyKey = LocalizedText.pickKey(n.body(), language);
        return new NoticeView(n.id(), n.title(language), other(n.titleLanguage(language), language),
                Markdown.toSafeHtml(n.body(language)), other(bodyKey, language), n.severity().key(),
                n.audience().key(), n.publishAt(), n.expiresAt(), n.updatedAt(),
                n.expiresAt() != null && !n.expiresAt().isAfter(now), n.publishAt().isAfter(now));
    }

    /** The tag when the text is in another language than the page's, else null (no {@code lang} needed). */
    private static String other(String tag, Locale page) {
        return tag == null || Locale.forLanguageTag(tag).getLanguage().equals(page.getLanguage()) ? null : tag;
    }

    /** The notice as schema.org's SpecialAnnouncement. */
    private Map<String, Object> announcement(PostedNotice n, NoticeView v) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@context", "https://schema.org");
        a.put("@type", "SpecialAnnouncement");
        a.put("name", v.title());
        a.put("text", Markdown.plainText(n.body(locale.get())));
        a.put("url", baseUrl + "/notices/" + n.id());
        a.put("datePosted", iso(n.publishAt()));
        if (n.expiresAt() != null) {
            a.put("expires", iso(n.expiresAt()));
        }
        a.put("category", CATEGORY);
        a.put("inLanguage", v.titleLanguage() == null ? locale.getTag() : v.titleLanguage());
        a.put("announcementLocation", Map.of("@type", "Library", "name", "Resilib", "url", baseUrl + "/"));
        return a;
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Only a local path is followed back (never another site). */
    private static String localPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && back.length() < 500 ? back : "/";
    }
}
