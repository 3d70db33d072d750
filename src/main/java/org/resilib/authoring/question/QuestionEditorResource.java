package org.resilib.authoring.question;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.authoring.AuthoringViews;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.GiftTranslation;
import org.resilib.gift.QuestionType;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.quiz.bank.QuestionPreview;
import org.resilib.web.Confirmation;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.Problem;
import org.resilib.web.RequestLocale;

/**
 * The question editor: the draft's question bank, one question of any GIFT type, and GIFT import and export.
 * Owners, co-authors and admins only; the services answer 403 for other instructors. The question form binds its
 * fields with fixed names ({@link QuestionForm.Fields}); its numbered rows vary in number with the question, so they
 * are read from the posted form.
 */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class QuestionEditorResource {

    private final QuestionBank bank;
    private final Drafts drafts;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final Validator validator;

    QuestionEditorResource(QuestionBank bank, Drafts drafts, Viewer viewer, RequestLocale locale,
            Validator validator) {
        this.bank = bank;
        this.drafts = drafts;
        this.viewer = viewer;
        this.locale = locale;
        this.validator = validator;
    }

    public record QuestionLine(int index, String title, String category, String type, String text,
            List<Translation> translations) {
        public String typeKey() {
            return "question_type_" + type;
        }
    }

    /** Whether a question has its translation into a language. */
    public record Translation(String language, boolean done) {
        public String languageKey() {
            return "author_translation_language_" + language.replace('-', '_');
        }
    }

    /** The translation of one question, edited beside the original. */
    public record TranslationPage(String slug, String courseTitle, int index, String language, QuestionForm form,
            FormErrors errors, List<String> problems, QuestionPreview original, QuestionPreview preview,
            boolean saved) {
        public int number() {
            return index + 1;
        }

        public List<String> formats() {
            return List.of("markdown", "moodle", "html", "plain");
        }

        public String languageKey() {
            return "author_translation_language_" + language.replace('-', '_');
        }

        public String action() {
            return "/author/courses/" + slug + "/questions/" + number() + "/translations/" + language;
        }
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

    @CheckedTemplate(basePath = "authoring")
    static class Templates {
        static native TemplateInstance questions(String slug, String courseTitle, List<QuestionLine> questions,
                String notice, List<Problem.FieldError> problems, List<QuestionType> types,
                List<Translation> languages);

        static native TemplateInstance question(QuestionPage page);

        static native TemplateInstance questionTranslation(TranslationPage page);
    }

    @GET
    @Path("courses/{slug}/questions")
    public TemplateInstance questions(@RestPath String slug, @RestQuery String notice) {
        CourseDocument doc = drafts.draft(slug, viewer);
        return Templates.questions(slug, title(doc, slug), lines(doc), AuthoringViews.notice(notice), List.of(),
                QuestionForm.TYPES, languages(doc));
    }

    @GET
    @Path("courses/{slug}/questions.gift")
    @Produces("text/plain")
    public Response exportGift(@RestPath String slug, @RestQuery String language) {
        CourseDocument doc = drafts.draft(slug, viewer);
        boolean translation = language != null && !language.isBlank();
        if (translation && !QuestionBank.translationLanguages(doc).contains(language)) {
            throw DomainException.notFound("language");
        }
        String gift = translation ? doc.quizTranslations().get(language) : doc.quizGift();
        String name = slug + "-quiz" + (translation ? "." + language : "") + ".gift";
        return Response.ok(gift == null ? "" : gift, "text/plain; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("courses/{slug}/questions/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importGift(@RestPath String slug, @RestForm String gift, @RestForm("file") FileUpload file,
            @RestForm String language) {
        String text = gift == null ? "" : gift;
        try {
            if (file != null && file.uploadedFile() != null && Files.size(file.uploadedFile()) > 0) {
                if (Files.size(file.uploadedFile()) > 1024 * 1024) {
                    throw DomainException.badRequest("file", "author_asset_too_large");
                }
                text = Files.readString(file.uploadedFile());
            }
            if (language == null || language.isBlank()) {
                bank.importGift(slug, text, viewer);
            } else {
                bank.importTranslation(slug, language, text, viewer);
            }
            return Response.seeOther(URI.create("/author/courses/" + slug + "/questions?notice=questions_imported"))
                    .build();
        } catch (IOException e) {
            CourseDocument doc = drafts.draft(slug, viewer);
            return Response.status(400).entity(Templates.questions(slug, title(doc, slug), lines(doc), null,
                    List.of(new Problem.FieldError("file", "author_gift_invalid", null)), QuestionForm.TYPES,
                    languages(doc)))
                    .build();
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            CourseDocument doc = drafts.draft(slug, viewer);
            List<Problem.FieldError> problems = e.details() != null ? e.details()
                    : List.of(new Problem.FieldError(e.field(), e.messageKey(), null));
            return Response.status(400).entity(Templates.questions(slug, title(doc, slug), lines(doc), null,
                    problems, QuestionForm.TYPES, languages(doc))).build();
        }
    }

    @GET
    @Path("courses/{slug}/questions/new")
    public TemplateInstance newQuestion(@RestPath String slug, @RestQuery String type) {
        CourseDocument doc = drafts.draft(slug, viewer);
        return Templates.question(new QuestionPage(slug, title(doc, slug), null, QuestionForm.blank(type),
                FormErrors.none(), List.of(), null, false));
    }

    @POST
    @Path("courses/{slug}/questions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createQuestion(@RestPath String slug, @BeanParam QuestionForm.Fields fields,
            @RestForm String action, MultivaluedMap<String, String> rows) {
        return saveQuestion(slug, null, fields, action, rows);
    }

    @GET
    @Path("courses/{slug}/questions/{number}")
    public TemplateInstance question(@RestPath String slug, @RestPath int number, @RestQuery String saved) {
        CourseDocument doc = drafts.draft(slug, viewer);
        List<GiftQuestion> all = Drafts.gift(doc.quizGift()).questions();
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
    public Response updateQuestion(@RestPath String slug, @RestPath int number, @BeanParam QuestionForm.Fields fields,
            @RestForm String action, MultivaluedMap<String, String> rows) {
        return saveQuestion(slug, number - 1, fields, action, rows);
    }

    @POST
    @Path("courses/{slug}/questions/{number}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteQuestion(@RestPath String slug, @RestPath int number,
            @RestForm(Confirmation.FIELD) String confirm) {
        if (!Confirmation.confirmed(confirm)) {
            return Confirmation.of("confirm_delete_question", "confirm_delete_question_effect",
                    "confirm_yes_delete", "/author/courses/" + slug + "/questions/" + number + "/delete",
                    "/author/courses/" + slug + "/questions/" + number).ask();
        }
        bank.deleteQuestion(slug, number - 1, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "/questions?notice=question_deleted")).build();
    }

    @GET
    @Path("courses/{slug}/questions/{number}/translations/{language}")
    public TemplateInstance translation(@RestPath String slug, @RestPath int number, @RestPath String language,
            @RestQuery String saved) {
        CourseDocument doc = drafts.draft(slug, viewer);
        GiftQuestion original = original(doc, number, language);
        GiftQuestion translated = QuestionBank.translation(doc, number - 1, language);
        // A question not translated yet starts from the original's texts, to be written over.
        return Templates.questionTranslation(new TranslationPage(slug, title(doc, slug), number - 1, language,
                QuestionForm.of(translated == null ? original : translated), FormErrors.none(), List.of(),
                QuestionPreview.of(original), translated == null ? null : QuestionPreview.of(translated),
                saved != null));
    }

    @POST
    @Path("courses/{slug}/questions/{number}/translations/{language}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTranslation(@RestPath String slug, @RestPath int number, @RestPath String language,
            @BeanParam QuestionForm.Fields fields, @RestForm String action, MultivaluedMap<String, String> rows) {
        CourseDocument doc = drafts.draft(slug, viewer);
        GiftQuestion original = original(doc, number, language);
        QuestionForm typed = QuestionForm.read(fields, rows);
        FormErrors errors = FormErrors.of(validator.validate(fields));
        List<String> problems = new ArrayList<>();
        GiftQuestion q = typed.toQuestion(errors, problems);
        if (q != null && !"preview".equals(action)) {
            try {
                bank.saveTranslation(slug, number - 1, language, q, viewer);
                return Response.seeOther(URI.create("/author/courses/" + slug + "/questions/" + number
                        + "/translations/" + language + "?saved=1")).build();
            } catch (DomainException e) {
                if (e.status() != 400) {
                    throw e;
                }
                problems.add(e.details() != null && !e.details().isEmpty() && e.details().get(0).message() != null
                        ? e.details().get(0).message() : e.messageKey());
                errors = errors.add(e.field(), e.messageKey());
            }
        }
        TemplateInstance page = Templates.questionTranslation(new TranslationPage(slug, title(doc, slug),
                number - 1, language, typed, errors, problems, QuestionPreview.of(original),
                q == null ? null : QuestionPreview.of(q), false));
        return Response.status(q == null || !"preview".equals(action) ? 400 : 200).entity(page).build();
    }

    private static GiftQuestion original(CourseDocument doc, int number, String language) {
        List<GiftQuestion> all = Drafts.gift(doc.quizGift()).questions();
        if (number < 1 || number > all.size()) {
            throw DomainException.notFound("question");
        }
        if (!QuestionBank.translationLanguages(doc).contains(language)) {
            throw DomainException.notFound("language");
        }
        return all.get(number - 1);
    }

    private Response saveQuestion(String slug, Integer index, QuestionForm.Fields fields, String action,
            MultivaluedMap<String, String> rows) {
        QuestionForm typed = QuestionForm.read(fields, rows);
        FormErrors errors = FormErrors.of(validator.validate(fields));
        List<String> problems = new ArrayList<>();
        GiftQuestion q = typed.toQuestion(errors, problems);
        CourseDocument doc = drafts.draft(slug, viewer);
        if (q == null) {
            return Response.status(400).entity(Templates.question(new QuestionPage(slug, title(doc, slug), index,
                    typed, errors, problems, null, false))).build();
        }
        if ("preview".equals(action)) {
            return Response.ok(Templates.question(new QuestionPage(slug, title(doc, slug), index, typed, errors,
                    problems, QuestionPreview.of(q), false))).build();
        }
        int at = bank.saveQuestion(slug, index, q, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "/questions/" + (at + 1) + "?saved=1"))
                .build();
    }

    private String title(CourseDocument doc, String slug) {
        return AuthoringViews.courseTitle(doc, slug, locale.get());
    }

    /** The languages the quiz can be translated into (done: unused here). */
    private static List<Translation> languages(CourseDocument doc) {
        return QuestionBank.translationLanguages(doc).stream().map(l -> new Translation(l, false)).toList();
    }

    private static List<QuestionLine> lines(CourseDocument doc) {
        List<GiftQuestion> all = Drafts.gift(doc.quizGift()).questions();
        List<String> keys = GiftTranslation.keys(all);
        Map<String, Map<String, GiftQuestion>> translated = new LinkedHashMap<>();
        QuestionBank.translationLanguages(doc).forEach(l -> translated.put(l, QuestionBank.translations(doc, l)));
        List<QuestionLine> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            GiftQuestion q = all.get(i);
            String text = q.text().length() > 120 ? q.text().substring(0, 117) + "…" : q.text();
            String key = keys.get(i);
            List<Translation> translations = translated.entrySet().stream()
                    .map(e -> new Translation(e.getKey(), e.getValue().containsKey(key))).toList();
            lines.add(new QuestionLine(i + 1, q.title(), q.category(), q.type().key(), text, translations));
        }
        return lines;
    }
}
