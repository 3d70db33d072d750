package org.resilib.authoring.module;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.authoring.AssetService;
import org.resilib.authoring.AuthoringViews;
import org.resilib.authoring.Bilingual;
import org.resilib.authoring.DraftRules;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.text.LocalizedText;
import org.resilib.text.Markdown;
import org.resilib.web.Confirmation;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/**
 * The module editor, with a live preview rendered by the server, and a draft module in the learner's layout.
 * Owners, co-authors and admins only; the services answer 403 for other instructors.
 */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class ModuleEditorResource {

    private final ModuleDrafts modules;
    private final Drafts drafts;
    private final AssetService assets;
    private final Viewer viewer;
    private final RequestLocale locale;

    ModuleEditorResource(ModuleDrafts modules, Drafts drafts, AssetService assets, Viewer viewer,
            RequestLocale locale) {
        this.modules = modules;
        this.drafts = drafts;
        this.assets = assets;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** A rendered Markdown body and what the sanitizer would strip as active content. */
    public record Rendered(String language, String html, List<String> unsafe) {
        public String unsafeList() {
            return String.join(", ", unsafe);
        }
    }

    public record ModulePage(String slug, String courseTitle, boolean create, ModuleForm form, FormErrors errors,
            List<Rendered> preview, List<AuthoringViews.Asset> assets, boolean saved) {
    }

    public record LearnerPreview(String slug, String courseTitle, int number, int count, String title, String html,
            String previous, String next) {
    }

    @CheckedTemplate(basePath = "authoring")
    static class Templates {
        static native TemplateInstance module(ModulePage page);

        static native TemplateInstance module$rendered(Rendered r);

        static native TemplateInstance learner(LearnerPreview page);
    }

    @POST
    @Path("courses/{slug}/modules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addModule(@RestPath String slug, @BeanParam ModuleForm form) {
        try {
            String created = modules.addModule(slug, form, viewer);
            return Response.seeOther(URI.create("/author/courses/" + slug + "/modules/" + created)).build();
        } catch (DomainException e) {
            if (e.field() == null || e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return Response.status(e.status()).entity(modulePage(slug, drafts.draft(slug, viewer), true, form,
                    FormErrors.of(e), List.of(), false)).build();
        }
    }

    @GET
    @Path("courses/{slug}/modules/{moduleSlug}")
    public TemplateInstance module(@RestPath String slug, @RestPath String moduleSlug, @RestQuery String saved) {
        CourseDocument doc = drafts.draft(slug, viewer);
        CourseDocument.Module m = doc.modules().get(ModuleDrafts.requireModule(doc, moduleSlug));
        return modulePage(slug, doc, false, ModuleForm.of(m), FormErrors.none(), List.of(), saved != null);
    }

    @POST
    @Path("courses/{slug}/modules/{moduleSlug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveModule(@RestPath String slug, @RestPath String moduleSlug, @BeanParam ModuleForm form,
            @RestForm String action) {
        ModuleForm shown = form.withSlug(moduleSlug);
        if ("preview".equals(action)) {
            ModuleDrafts.Checked checked = modules.check(slug, moduleSlug, form, viewer);
            return Response.ok(modulePage(slug, checked.draft(), false, shown, errors(checked.problems()),
                    render(checked.module()), false)).build();
        }
        try {
            modules.updateModule(slug, moduleSlug, form, viewer);
            return Response.seeOther(URI.create("/author/courses/" + slug + "/modules/" + moduleSlug + "?saved=1"))
                    .build();
        } catch (DomainException e) {
            if (e.field() == null || e.status() != 400) {
                throw e;
            }
            ModuleDrafts.Checked checked = modules.check(slug, moduleSlug, form, viewer);
            return Response.status(400).entity(modulePage(slug, checked.draft(), false, shown, FormErrors.of(e),
                    render(checked.module()), false)).build();
        }
    }

    @POST
    @Path("courses/{slug}/modules/{moduleSlug}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath String slug, @RestPath String moduleSlug, @RestForm String direction) {
        modules.moveModule(slug, moduleSlug, "up".equals(direction) ? -1 : 1, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "#modules")).build();
    }

    @POST
    @Path("courses/{slug}/modules/{moduleSlug}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeModule(@RestPath String slug, @RestPath String moduleSlug,
            @RestForm(Confirmation.FIELD) String confirm) {
        if (!Confirmation.confirmed(confirm)) {
            return Confirmation.of("confirm_delete_module", "confirm_delete_module_effect", "confirm_yes_delete",
                    "/author/courses/" + slug + "/modules/" + moduleSlug + "/delete", "/author/courses/" + slug
                            + "#modules").about(moduleSlug).ask();
        }
        modules.removeModule(slug, moduleSlug, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "?notice=module_removed")).build();
    }

    /** The live preview: Markdown rendered and sanitized exactly as learners will get it (htmx fragment). */
    @POST
    @Path("courses/{slug}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@RestPath String slug, @RestForm("body.zh-CN") String bodyZh,
            @RestForm("body.en") String bodyEn, @RestQuery String language) {
        drafts.requireEditable(slug, viewer);
        boolean english = Bilingual.EN.equals(language);
        return Templates.module$rendered(rendered(english ? Bilingual.EN : Bilingual.ZH,
                Bilingual.nz(english ? bodyEn : bodyZh)));
    }

    /** A draft module in the learner's page layout, with previous and next through the draft. */
    @GET
    @Path("courses/{slug}/preview/{moduleSlug}")
    public TemplateInstance learnerPreview(@RestPath String slug, @RestPath String moduleSlug) {
        CourseDocument doc = drafts.draft(slug, viewer);
        int index = ModuleDrafts.requireModule(doc, moduleSlug);
        CourseDocument.Module m = doc.modules().get(index);
        String language = LocalizedText.pickKey(m.title(), locale.get());
        String title = language == null ? m.slug() : m.title().get(language);
        String body = language == null ? "" : m.body().getOrDefault(language, "");
        return Templates.learner(new LearnerPreview(slug, AuthoringViews.courseTitle(doc, slug, locale.get()),
                index + 1, doc.modules().size(), title, Markdown.toSafeHtml(body),
                index > 0 ? doc.modules().get(index - 1).slug() : null,
                index + 1 < doc.modules().size() ? doc.modules().get(index + 1).slug() : null));
    }

    private TemplateInstance modulePage(String slug, CourseDocument doc, boolean create, ModuleForm form,
            FormErrors errors, List<Rendered> preview, boolean saved) {
        return Templates.module(new ModulePage(slug, AuthoringViews.courseTitle(doc, slug, locale.get()), create,
                form, errors, preview, assets.list(slug, viewer), saved));
    }

    private static FormErrors errors(List<DraftRules.Violation> violations) {
        FormErrors errors = FormErrors.none();
        violations.forEach(v -> errors.add(v.field(), v.key()));
        return errors;
    }

    private static List<Rendered> render(CourseDocument.Module m) {
        List<Rendered> out = new ArrayList<>();
        for (String lang : List.of(Bilingual.ZH, Bilingual.EN)) {
            if (m.body().containsKey(lang)) {
                out.add(rendered(lang, m.body().get(lang)));
            }
        }
        return out;
    }

    private static Rendered rendered(String lang, String markdown) {
        return new Rendered(lang, Markdown.toSafeHtml(markdown), Markdown.activeContent(markdown));
    }
}
