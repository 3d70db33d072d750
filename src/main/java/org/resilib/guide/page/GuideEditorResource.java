package org.resilib.guide.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/**
 * Guides in the browser, for editors and admins: the list, a guide's draft with its sections, publication and
 * version history, and a preview of the draft as readers will see it.
 */
@Path("/author/guides")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class GuideEditorResource {

    private final GuideDrafts drafts;
    private final GuideViews views;
    private final Viewer viewer;
    private final RequestLocale locale;

    GuideEditorResource(GuideDrafts drafts, GuideViews views, Viewer viewer, RequestLocale locale) {
        this.drafts = drafts;
        this.views = views;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** A guide in the list, its title in the viewer's language. */
    public record Row(String slug, String title, String titleLanguage, String statusKey, boolean emergency,
            boolean fileManaged, boolean detached, boolean unpublishedChanges) {
    }

    public record ListPage(List<Row> guides, String slug, String titleZh, String titleEn, FormErrors errors) {
    }

    /** A section in the editor's list. */
    public record SectionRow(int position, String slug, String title, String titleLanguage, String embedKey,
            boolean faq, boolean first, boolean last) {
    }

    /** A version in the history, with the message key of its source. */
    public record VersionRow(int number, String sourceKey, Integer restoredFrom, Instant at, String by,
            int sections) {
    }

    public record EditPage(String slug, String title, String titleLanguage, String statusKey, boolean published,
            boolean fileManaged, boolean detached, boolean unpublishedChanges, Instant changedAt,
            String changedBy, GuideDrafts.GuideForm form, List<SectionRow> sections, List<VersionRow> versions,
            FormErrors errors, FormErrors publishErrors) {
    }

    /** A choice of a select, with the message naming it. */
    public record Choice(String value, String labelKey) {
    }

    public record SectionPage(String slug, String guideTitle, Integer position, GuideDrafts.SectionForm form,
            FormErrors errors, List<Choice> lists, List<Choice> access, List<Choice> flags,
            List<Choice> dimensions) {
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance guidesManage(ListPage page);

        static native TemplateInstance guideEdit(EditPage page);

        static native TemplateInstance guideSection(SectionPage page);
    }

    @GET
    public TemplateInstance list() {
        return Templates.guidesManage(listPage(null, null, null, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String slug, @RestForm String titleZh, @RestForm String titleEn) {
        try {
            drafts.create(slug, titleZh, titleEn, viewer.getId(), viewer.getEmail());
        } catch (DomainException e) {
            return refused(e, () -> Templates.guidesManage(listPage(slug, titleZh, titleEn, FormErrors.of(e))));
        }
        return Response.seeOther(URI.create("/author/guides/" + slug.strip())).build();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@RestPath String slug) {
        return Templates.guideEdit(editPage(slug, null, FormErrors.none(), FormErrors.none()));
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveGuide(@RestPath String slug, @RestForm String titleZh, @RestForm String titleEn,
            @RestForm String summaryZh, @RestForm String summaryEn, @RestForm String emergency) {
        GuideDrafts.GuideForm form = new GuideDrafts.GuideForm(titleZh, titleEn, summaryZh, summaryEn,
                "true".equals(emergency));
        try {
            drafts.saveGuide(slug, form, viewer.getEmail());
        } catch (DomainException e) {
            return refused(e, () -> Templates.guideEdit(editPage(slug, form, FormErrors.of(e), FormErrors.none())));
        }
        return back(slug, "");
    }

    @GET
    @Path("{slug}/sections/new")
    public TemplateInstance newSection(@RestPath String slug) {
        GuideDrafts.Draft d = drafts.draft(slug);
        return Templates.guideSection(sectionPage(d, null, new GuideDrafts.SectionForm("", "", "", "", "", false,
                "", "", "", "", "", ""), FormErrors.none()));
    }

    @POST
    @Path("{slug}/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSection(@RestPath String slug, @RestForm("section-slug") String sectionSlug,
            @RestForm String titleZh, @RestForm String titleEn, @RestForm String bodyZh, @RestForm String bodyEn,
            @RestForm String faq, @RestForm String list, @RestForm String access, @RestForm String flag,
            @RestForm String subject, @RestForm String dimension, @RestForm String limit) {
        GuideDrafts.SectionForm form = new GuideDrafts.SectionForm(sectionSlug, titleZh, titleEn, bodyZh, bodyEn,
                "true".equals(faq), list, access, flag, subject, dimension, limit);
        return saveSection(slug, null, form);
    }

    @GET
    @Path("{slug}/sections/{position}")
    public TemplateInstance section(@RestPath String slug, @RestPath int position) {
        GuideDrafts.Draft d = drafts.draft(slug);
        GuideDocument.Section s = d.document().sections().stream().filter(x -> x.position() == position)
                .findFirst().orElseThrow(() -> new DomainException(404, null, "guide_not_found_section"));
        Embed e = s.embed();
        GuideDrafts.SectionForm form = new GuideDrafts.SectionForm(s.slug(), s.title().get("zh-CN"),
                s.title().get("en"), s.body().get("zh-CN"), s.body().get("en"), s.faq(), e == null ? "" : e.list(),
                filter(e, "access"), filter(e, "flag"), filter(e, "subject"), filter(e, "dimension"),
                filter(e, "limit"));
        return Templates.guideSection(sectionPage(d, position, form, FormErrors.none()));
    }

    @POST
    @Path("{slug}/sections/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSection(@RestPath String slug, @RestPath int position,
            @RestForm("section-slug") String sectionSlug, @RestForm String titleZh, @RestForm String titleEn,
            @RestForm String bodyZh, @RestForm String bodyEn, @RestForm String faq, @RestForm String list,
            @RestForm String access, @RestForm String flag, @RestForm String subject, @RestForm String dimension,
            @RestForm String limit) {
        GuideDrafts.SectionForm form = new GuideDrafts.SectionForm(sectionSlug, titleZh, titleEn, bodyZh, bodyEn,
                "true".equals(faq), list, access, flag, subject, dimension, limit);
        return saveSection(slug, position, form);
    }

    @POST
    @Path("{slug}/sections/{position}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath String slug, @RestPath int position, @RestForm String direction) {
        drafts.moveSection(slug, position, "up".equals(direction) ? -1 : 1, viewer.getEmail());
        return back(slug, "#sections");
    }

    @POST
    @Path("{slug}/sections/{position}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteSection(@RestPath String slug, @RestPath int position) {
        drafts.deleteSection(slug, position, viewer.getEmail());
        return back(slug, "#sections");
    }

    @POST
    @Path("{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath String slug) {
        try {
            drafts.publish(slug, viewer.getId(), viewer.getEmail());
        } catch (DomainException e) {
            return refused(e, () -> Templates.guideEdit(editPage(slug, null, FormErrors.none(),
                    FormErrors.none().add("publish", e.messageKey()))));
        }
        return back(slug, "?published");
    }

    @POST
    @Path("{slug}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestPath String slug) {
        drafts.discard(slug);
        return back(slug, "");
    }

    @POST
    @Path("{slug}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unpublish(@RestPath String slug) {
        try {
            drafts.unpublish(slug, viewer.getId(), viewer.getEmail());
        } catch (DomainException e) {
            return refused(e, () -> Templates.guideEdit(editPage(slug, null, FormErrors.none(),
                    FormErrors.none().add("publish", e.messageKey()))));
        }
        return back(slug, "");
    }

    @POST
    @Path("{slug}/attach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attach(@RestPath String slug) {
        try {
            drafts.attach(slug, viewer.getId(), viewer.getEmail());
        } catch (DomainException e) {
            return refused(e, () -> Templates.guideEdit(editPage(slug, null, FormErrors.none(),
                    FormErrors.none().add("publish", e.messageKey()))));
        }
        return back(slug, "");
    }

    @POST
    @Path("{slug}/versions/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath String slug, @RestPath int number) {
        try {
            drafts.restore(slug, number, viewer.getId(), viewer.getEmail());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return refused(e, () -> Templates.guideEdit(editPage(slug, null, FormErrors.none(),
                    FormErrors.none().add("publish", e.messageKey()))));
        }
        return back(slug, "?published");
    }

    /** The draft as readers will see it once published. */
    @GET
    @Path("{slug}/preview")
    public TemplateInstance preview(@RestPath String slug) {
        return GuideResource.Templates.guide(views.view(drafts.preview(slug)));
    }

    private Response saveSection(String slug, Integer position, GuideDrafts.SectionForm form) {
        try {
            drafts.saveSection(slug, position, form, viewer.getEmail());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            FormErrors errors = FormErrors.of(e);
            return refused(e, () -> Templates.guideSection(sectionPage(drafts.draft(slug), position, form,
                    errors)));
        }
        return back(slug, "#sections");
    }

    private static Response refused(DomainException e, Supplier<TemplateInstance> page) {
        if (e.status() == 404) {
            throw e;
        }
        return Response.status(e.status()).entity(page.get()).build();
    }

    private static Response back(String slug, String suffix) {
        return Response.seeOther(URI.create("/author/guides/" + slug + suffix)).build();
    }

    private static String filter(Embed e, String key) {
        return e == null || e.filter(key) == null ? "" : e.filter(key);
    }

    private ListPage listPage(String slug, String titleZh, String titleEn, FormErrors errors) {
        Locale language = locale.get();
        return new ListPage(drafts.list().stream().map(g -> new Row(g.slug(), LocalizedText.pick(g.title(),
                language), GuideViews.other(LocalizedText.pickKey(g.title(), language), language),
                statusKey(g.status()), g.emergency(), g.fileManaged(), g.detached(), g.unpublishedChanges()))
                .toList(), slug, titleZh, titleEn, errors);
    }

    private EditPage editPage(String slug, GuideDrafts.GuideForm posted, FormErrors errors, FormErrors publish) {
        Locale language = locale.get();
        GuideDrafts.Draft d = drafts.draft(slug);
        GuideDocument doc = d.document();
        GuideDrafts.GuideForm form = posted != null ? posted : new GuideDrafts.GuideForm(doc.title().get("zh-CN"),
                doc.title().get("en"), doc.summary().get("zh-CN"), doc.summary().get("en"), doc.emergency());
        List<GuideDocument.Section> sections = doc.sections();
        List<SectionRow> rows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            GuideDocument.Section s = sections.get(i);
            rows.add(new SectionRow(s.position(), s.slug(), LocalizedText.pick(s.title(), language),
                    GuideViews.other(LocalizedText.pickKey(s.title(), language), language),
                    s.embed() == null ? null : "guide_embed_" + s.embed().list(), s.faq(), i == 0,
                    i == sections.size() - 1));
        }
        List<VersionRow> versions = drafts.versions(slug).stream().map(v -> new VersionRow(v.number(),
                "guide_version_" + v.source(), v.restoredFrom(), v.at(), v.by(), v.sections())).toList();
        return new EditPage(slug, LocalizedText.pick(doc.title(), language),
                GuideViews.other(LocalizedText.pickKey(doc.title(), language), language), statusKey(d.status()),
                d.status().equals("published"), d.fileManaged(), d.detached(), d.unpublishedChanges(),
                d.changedAt(), d.changedBy(), form, List.copyOf(rows), versions, errors, publish);
    }

    private SectionPage sectionPage(GuideDrafts.Draft d, Integer position, GuideDrafts.SectionForm form,
            FormErrors errors) {
        return new SectionPage(d.slug(), LocalizedText.pick(d.document().title(), locale.get()), position, form,
                errors, choices("guide_embed_", List.of("notices", "resources", "sessions", "courses", "faq")),
                choices("guide_access_", List.of("ip", "proxy", "webvpn", "carsi", "shibboleth", "open")),
                choices("guide_flag_", List.of("trial", "free", "temporary", "new")),
                choices("dimension_", List.of("awareness", "ability", "ethics", "new-media")));
    }

    private static List<Choice> choices(String prefix, List<String> values) {
        return values.stream().map(v -> new Choice(v, prefix + v.replace('-', '_'))).toList();
    }

    private static String statusKey(String status) {
        return "published".equals(status) ? "guide_status_published" : "guide_status_draft";
    }
}
