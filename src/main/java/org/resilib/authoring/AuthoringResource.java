package org.resilib.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.content.CourseDocument;
import org.resilib.content.CourseManifest;
import org.resilib.course.CourseSlug;
import org.resilib.gift.QuestionType;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.quiz.bank.QuestionPreview;
import org.resilib.gift.GiftQuestion;
import org.resilib.text.LocalizedText;
import org.resilib.text.Markdown;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.Problem;
import org.resilib.web.RequestLocale;

/**
 * The authoring pages: my courses, the course editor (fields, modules, publication, history, co-authors, files),
 * the module editor with a live preview rendered by the server, and the question editor. Owners, co-authors and
 * admins only; the service answers 403 for other instructors.
 */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class AuthoringResource {

    private final AuthoringService authoring;
    private final AssetService assets;
    private final Viewer viewer;
    private final RequestLocale locale;

    AuthoringResource(AuthoringService authoring, AssetService assets, Viewer viewer, RequestLocale locale) {
        this.authoring = authoring;
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

    public record QuestionLine(int index, String title, String category, String type, String text) {
        public String typeKey() {
            return "question_type_" + type;
        }
    }

    public record ModulePage(String slug, String courseTitle, boolean create, ModuleForm form, FormErrors errors,
            List<Rendered> preview, List<AuthoringViews.Asset> assets, boolean saved) {
    }

    public record QuestionPage(String slug, String courseTitle, Integer index, QuestionForm form, FormErrors errors,
            List<String> problems, QuestionPreview preview, boolean saved) {
        public Integer number() {
            return index == null ? null : index + 1;
        }

        public List<String> formats() {
            return List.of("markdown", "moodle", "html", "plain");
        }

        public String action() {
            return "/author/courses/" + slug + "/questions/" + (index == null ? "new" : String.valueOf(index + 1));
        }
    }

    public record LearnerPreview(String slug, String courseTitle, int number, int count, String title, String html,
            String previous, String next) {
    }

    @CheckedTemplate(basePath = "authoring")
    static class Templates {
        static native TemplateInstance index(List<AuthoringViews.Listed> courses, CourseForm form, FormErrors errors,
                List<Problem.FieldError> problems);

        static native TemplateInstance course(AuthoringViews.Editor editor, CourseForm form, FormErrors errors,
                String notice, List<Problem.FieldError> problems);

        static native TemplateInstance module(ModulePage page);

        static native TemplateInstance module$rendered(Rendered r);

        static native TemplateInstance questions(String slug, String courseTitle, List<QuestionLine> questions,
                String notice, List<Problem.FieldError> problems, List<QuestionType> types);

        static native TemplateInstance question(QuestionPage page);

        static native TemplateInstance learner(LearnerPreview page);
    }

    // ---- my courses, creating and importing

    @GET
    public TemplateInstance index() {
        return Templates.index(authoring.myCourses(viewer, locale.get()), CourseForm.blank(), FormErrors.none(),
                List.of());
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        CourseForm typed = CourseForm.read(form);
        FormErrors errors = FormErrors.none();
        CourseManifest manifest = typed.toManifest(errors);
        if (!CourseSlug.isValid(typed.slug())) {
            errors.add("slug", "content_error_invalid_slug");
        }
        DraftRules.course(manifest).forEach(v -> errors.add(v.field(), v.key()));
        if (errors.isEmpty()) {
            try {
                String slug = authoring.create(typed.slug(), manifest, viewer);
                return Response.seeOther(URI.create("/author/courses/" + slug)).build();
            } catch (DomainException e) {
                if (e.field() == null || e.status() != 409) {
                    throw e;
                }
                errors.add(e.field(), e.messageKey());
                return Response.status(409).entity(Templates.index(authoring.myCourses(viewer, locale.get()), typed,
                        errors, List.of())).build();
            }
        }
        return Response.status(400).entity(Templates.index(authoring.myCourses(viewer, locale.get()), typed, errors,
                List.of())).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCourse(@RestForm("file") FileUpload file, @RestForm String slug) {
        try (InputStream in = open(file)) {
            String created = authoring.importCourse(in, slug, viewer);
            return Response.seeOther(URI.create("/author/courses/" + created + "?notice=imported")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DomainException e) {
            FormErrors errors = FormErrors.none().add("file", e.messageKey());
            return Response.status(e.status()).entity(Templates.index(authoring.myCourses(viewer, locale.get()),
                    CourseForm.blank(), errors, e.details() == null ? List.of() : e.details())).build();
        }
    }

    // ---- the course editor

    @GET
    @Path("courses/{slug}")
    public TemplateInstance course(@RestPath String slug, @RestQuery String notice) {
        AuthoringViews.Editor e = authoring.editor(slug, viewer);
        return Templates.course(e, CourseForm.of(slug, e.draft().course()), FormErrors.none(), notice(notice),
                List.of());
    }

    @POST
    @Path("courses/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCourse(@RestPath String slug, MultivaluedMap<String, String> form) {
        CourseForm typed = CourseForm.read(form);
        FormErrors errors = FormErrors.none();
        CourseManifest manifest = typed.toManifest(errors);
        DraftRules.course(manifest).forEach(v -> errors.add(v.field(), v.key()));
        if (!errors.isEmpty()) {
            AuthoringViews.Editor e = authoring.editor(slug, viewer);
            return Response.status(400).entity(Templates.course(e, typed, errors, null, List.of())).build();
        }
        authoring.updateCourse(slug, manifest, viewer);
        return back(slug, "saved");
    }

    @POST
    @Path("courses/{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath String slug) {
        try {
            authoring.publish(slug, viewer);
            return back(slug, "published");
        } catch (DomainException e) {
            if (e.details() == null) {
                throw e;
            }
            return editorWith(slug, e.status(), FormErrors.none(), e.details());
        }
    }

    @POST
    @Path("courses/{slug}/versions/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath String slug, @RestPath int number) {
        authoring.restore(slug, number, viewer);
        return back(slug, "restored");
    }

    @POST
    @Path("courses/{slug}/authors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAuthor(@RestPath String slug, @RestForm String email) {
        try {
            authoring.addAuthor(slug, email, viewer);
            return back(slug, "author_added");
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return editorWith(slug, 400, FormErrors.none().add("email", e.messageKey()), null);
        }
    }

    @POST
    @Path("courses/{slug}/authors/{personId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeAuthor(@RestPath String slug, @RestPath long personId) {
        authoring.removeAuthor(slug, personId, viewer);
        return back(slug, "author_removed");
    }

    @POST
    @Path("courses/{slug}/detach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response detach(@RestPath String slug) {
        authoring.setDetached(slug, true, viewer);
        return back(slug, "detached");
    }

    @POST
    @Path("courses/{slug}/attach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attach(@RestPath String slug) {
        authoring.setDetached(slug, false, viewer);
        return back(slug, "attached");
    }

    @POST
    @Path("courses/{slug}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importDraft(@RestPath String slug, @RestForm("file") FileUpload file) {
        try (InputStream in = open(file)) {
            authoring.importDraft(slug, in, viewer);
            return back(slug, "draft_imported");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return editorWith(slug, 400, FormErrors.none().add("zip", e.messageKey()), e.details());
        }
    }

    @POST
    @Path("courses/{slug}/assets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath String slug, @RestForm("file") FileUpload file) {
        try {
            assets.upload(slug, file == null ? null : file.fileName(), file == null ? null : file.uploadedFile(),
                    viewer);
            return Response.seeOther(URI.create("/author/courses/" + slug + "?notice=uploaded#files")).build();
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return editorWith(slug, 400, FormErrors.none().add("file", e.messageKey()), null);
        }
    }

    @POST
    @Path("courses/{slug}/assets/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteAsset(@RestPath String slug, @RestPath long id) {
        assets.delete(slug, id, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "?notice=file_deleted#files")).build();
    }

    // ---- modules

    @POST
    @Path("courses/{slug}/modules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addModule(@RestPath String slug, MultivaluedMap<String, String> form) {
        ModuleForm typed = ModuleForm.read(form);
        FormErrors errors = FormErrors.none();
        CourseDocument.Module module = typed.toModule(null, null, errors);
        DraftRules.module(module).forEach(v -> errors.add(v.field(), v.key()));
        if (errors.isEmpty()) {
            try {
                authoring.addModule(slug, module, viewer);
                return Response.seeOther(URI.create("/author/courses/" + slug + "/modules/" + module.slug()))
                        .build();
            } catch (DomainException e) {
                if (e.status() != 409) {
                    throw e;
                }
                errors.add("slug", e.messageKey());
            }
        }
        return Response.status(errors.get("slug") != null && errors.get("slug").equals("author_module_slug_taken")
                ? 409 : 400).entity(modulePage(slug, authoring.draft(slug, viewer), true, typed, errors, List.of(),
                        false)).build();
    }

    @GET
    @Path("courses/{slug}/modules/{moduleSlug}")
    public TemplateInstance module(@RestPath String slug, @RestPath String moduleSlug, @RestQuery String saved) {
        CourseDocument doc = authoring.draft(slug, viewer);
        CourseDocument.Module m = moduleOf(doc, moduleSlug);
        return modulePage(slug, doc, false, ModuleForm.of(m), FormErrors.none(), List.of(), saved != null);
    }

    @POST
    @Path("courses/{slug}/modules/{moduleSlug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveModule(@RestPath String slug, @RestPath String moduleSlug,
            MultivaluedMap<String, String> form) {
        ModuleForm typed = ModuleForm.read(form);
        CourseDocument doc = authoring.draft(slug, viewer);
        CourseDocument.Module previous = moduleOf(doc, moduleSlug);
        FormErrors errors = FormErrors.none();
        CourseDocument.Module module = typed.toModule(moduleSlug, previous, errors);
        DraftRules.module(module).forEach(v -> errors.add(v.field(), v.key()));
        ModuleForm shown = new ModuleForm(moduleSlug, typed.titleZh(), typed.titleEn(), typed.minutes(),
                typed.bodyZh(), typed.bodyEn());
        if ("preview".equals(form.getFirst("action"))) {
            return Response.ok(modulePage(slug, doc, false, shown, errors, render(module), false)).build();
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(modulePage(slug, doc, false, shown, errors, render(module), false))
                    .build();
        }
        authoring.updateModule(slug, moduleSlug, module, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "/modules/" + moduleSlug + "?saved=1"))
                .build();
    }

    @POST
    @Path("courses/{slug}/modules/{moduleSlug}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath String slug, @RestPath String moduleSlug, @RestForm String direction) {
        authoring.moveModule(slug, moduleSlug, "up".equals(direction) ? -1 : 1, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "#modules")).build();
    }

    @POST
    @Path("courses/{slug}/modules/{moduleSlug}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeModule(@RestPath String slug, @RestPath String moduleSlug) {
        authoring.removeModule(slug, moduleSlug, viewer);
        return back(slug, "module_removed");
    }

    /** The live preview: Markdown rendered and sanitized exactly as learners will get it (htmx fragment). */
    @POST
    @Path("courses/{slug}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@RestPath String slug, MultivaluedMap<String, String> form,
            @RestQuery String language) {
        authoring.editable(slug, viewer, false);
        String lang = CourseForm.EN.equals(language) ? CourseForm.EN : CourseForm.ZH;
        return Templates.module$rendered(rendered(lang, CourseForm.v(form, "body." + lang)));
    }

    /** A draft module in the learner's page layout, with previous and next through the draft. */
    @GET
    @Path("courses/{slug}/preview/{moduleSlug}")
    public TemplateInstance learnerPreview(@RestPath String slug, @RestPath String moduleSlug) {
        CourseDocument doc = authoring.draft(slug, viewer);
        int index = doc.indexOf(moduleSlug);
        if (index < 0) {
            throw DomainException.notFound("module");
        }
        CourseDocument.Module m = doc.modules().get(index);
        String language = LocalizedText.pickKey(m.title(), locale.get());
        String title = language == null ? m.slug() : m.title().get(language);
        String body = language == null ? "" : m.body().getOrDefault(language, "");
        return Templates.learner(new LearnerPreview(slug, title(doc, slug), index + 1, doc.modules().size(), title,
                Markdown.toSafeHtml(body), index > 0 ? doc.modules().get(index - 1).slug() : null,
                index + 1 < doc.modules().size() ? doc.modules().get(index + 1).slug() : null));
    }

    // ---- questions

    @GET
    @Path("courses/{slug}/questions")
    public TemplateInstance questions(@RestPath String slug, @RestQuery String notice) {
        CourseDocument doc = authoring.draft(slug, viewer);
        return Templates.questions(slug, title(doc, slug), lines(doc), notice(notice), List.of(),
                QuestionForm.TYPES);
    }

    @GET
    @Path("courses/{slug}/questions.gift")
    @Produces("text/plain")
    public Response exportGift(@RestPath String slug) {
        String gift = authoring.draft(slug, viewer).quizGift();
        return Response.ok(gift == null ? "" : gift, "text/plain; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-quiz.gift\"").build();
    }

    @POST
    @Path("courses/{slug}/questions/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importGift(@RestPath String slug, @RestForm String gift, @RestForm("file") FileUpload file) {
        String text = gift == null ? "" : gift;
        try {
            if (file != null && file.uploadedFile() != null && Files.size(file.uploadedFile()) > 0) {
                if (Files.size(file.uploadedFile()) > 1024 * 1024) {
                    throw DomainException.badRequest("file", "author_asset_too_large");
                }
                text = Files.readString(file.uploadedFile());
            }
            authoring.importGift(slug, text, viewer);
            return Response.seeOther(URI.create("/author/courses/" + slug + "/questions?notice=questions_imported"))
                    .build();
        } catch (IOException e) {
            CourseDocument doc = authoring.draft(slug, viewer);
            return Response.status(400).entity(Templates.questions(slug, title(doc, slug), lines(doc), null,
                    List.of(new Problem.FieldError("file", "author_gift_invalid", null)), QuestionForm.TYPES))
                    .build();
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            CourseDocument doc = authoring.draft(slug, viewer);
            List<Problem.FieldError> problems = e.details() != null ? e.details()
                    : List.of(new Problem.FieldError(e.field(), e.messageKey(), null));
            return Response.status(400).entity(Templates.questions(slug, title(doc, slug), lines(doc), null,
                    problems, QuestionForm.TYPES)).build();
        }
    }

    @GET
    @Path("courses/{slug}/questions/new")
    public TemplateInstance newQuestion(@RestPath String slug, @RestQuery String type) {
        CourseDocument doc = authoring.draft(slug, viewer);
        return Templates.question(new QuestionPage(slug, title(doc, slug), null, QuestionForm.blank(type),
                FormErrors.none(), List.of(), null, false));
    }

    @POST
    @Path("courses/{slug}/questions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createQuestion(@RestPath String slug, MultivaluedMap<String, String> form) {
        return saveQuestion(slug, null, form);
    }

    @GET
    @Path("courses/{slug}/questions/{number}")
    public TemplateInstance question(@RestPath String slug, @RestPath int number, @RestQuery String saved) {
        CourseDocument doc = authoring.draft(slug, viewer);
        List<GiftQuestion> all = AuthoringService.gift(doc.quizGift()).questions();
        if (number < 1 || number > all.size()) {
            throw DomainException.notFound("question");
        }
        GiftQuestion q = all.get(number - 1);
        return Templates.question(new QuestionPage(slug, title(doc, slug), number - 1, QuestionForm.of(q),
                FormErrors.none(), List.of(), QuestionPreview.of(q), saved != null));
    }

    @POST
    @Path("courses/{slug}/questions/{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateQuestion(@RestPath String slug, @RestPath int number, MultivaluedMap<String, String> form) {
        return saveQuestion(slug, number - 1, form);
    }

    @POST
    @Path("courses/{slug}/questions/{number}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteQuestion(@RestPath String slug, @RestPath int number) {
        authoring.deleteQuestion(slug, number - 1, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "/questions?notice=question_deleted")).build();
    }

    private Response saveQuestion(String slug, Integer index, MultivaluedMap<String, String> form) {
        QuestionForm typed = QuestionForm.read(form);
        FormErrors errors = FormErrors.none();
        List<String> problems = new ArrayList<>();
        GiftQuestion q = typed.toQuestion(errors, problems);
        CourseDocument doc = authoring.draft(slug, viewer);
        if (q == null) {
            return Response.status(400).entity(Templates.question(new QuestionPage(slug, title(doc, slug), index,
                    typed, errors, problems, null, false))).build();
        }
        if ("preview".equals(form.getFirst("action"))) {
            return Response.ok(Templates.question(new QuestionPage(slug, title(doc, slug), index, typed, errors,
                    problems, QuestionPreview.of(q), false))).build();
        }
        int at = authoring.saveQuestion(slug, index, q, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "/questions/" + (at + 1) + "?saved=1"))
                .build();
    }

    // ---- helpers

    /** The course editor again, with what went wrong: a field error or the problems of a file or a publication. */
    private Response editorWith(String slug, int status, FormErrors errors, List<Problem.FieldError> problems) {
        AuthoringViews.Editor ed = authoring.editor(slug, viewer);
        return Response.status(status).entity(Templates.course(ed, CourseForm.of(slug, ed.draft().course()), errors,
                null, problems == null ? List.of() : problems)).build();
    }

    private TemplateInstance modulePage(String slug, CourseDocument doc, boolean create, ModuleForm form,
            FormErrors errors, List<Rendered> preview, boolean saved) {
        return Templates.module(new ModulePage(slug, title(doc, slug), create, form, errors, preview,
                assets.list(slug, viewer), saved));
    }

    private static List<Rendered> render(CourseDocument.Module m) {
        List<Rendered> out = new ArrayList<>();
        for (String lang : List.of(CourseForm.ZH, CourseForm.EN)) {
            if (m.body().containsKey(lang)) {
                out.add(rendered(lang, m.body().get(lang)));
            }
        }
        return out;
    }

    private static Rendered rendered(String lang, String markdown) {
        return new Rendered(lang, Markdown.toSafeHtml(markdown), Markdown.activeContent(markdown));
    }

    private static CourseDocument.Module moduleOf(CourseDocument doc, String moduleSlug) {
        int i = doc.indexOf(moduleSlug);
        if (i < 0) {
            throw DomainException.notFound("module");
        }
        return doc.modules().get(i);
    }

    private String title(CourseDocument doc, String slug) {
        String title = LocalizedText.pick(doc.course().title(), locale.get());
        return title.isBlank() ? slug : title;
    }

    private static List<QuestionLine> lines(CourseDocument doc) {
        List<GiftQuestion> all = AuthoringService.gift(doc.quizGift()).questions();
        List<QuestionLine> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            GiftQuestion q = all.get(i);
            String text = q.text().length() > 120 ? q.text().substring(0, 117) + "…" : q.text();
            lines.add(new QuestionLine(i + 1, q.title(), q.category(), q.type().key(), text));
        }
        return lines;
    }

    private static InputStream open(FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.badRequest("file", "required");
        }
        return Files.newInputStream(file.uploadedFile());
    }

    private static Response back(String slug, String notice) {
        return Response.seeOther(URI.create("/author/courses/" + slug + "?notice=" + notice)).build();
    }

    /** Only the notices the editor knows are shown; anything else in the query is ignored. */
    private static String notice(String notice) {
        return notice != null && List.of("saved", "published", "restored", "author_added", "author_removed",
                "detached", "attached", "draft_imported", "uploaded", "file_deleted", "module_removed", "imported",
                "questions_imported", "question_deleted").contains(notice) ? "author_notice_" + notice : null;
    }
}
