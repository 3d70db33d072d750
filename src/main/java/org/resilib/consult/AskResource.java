package org.resilib.consult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.identity.Viewer;
import org.resilib.upload.Upload;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/** Asking a librarian: the form, the asker's page of a question with its thread, and the asker's questions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AskResource {

    private final AskService ask;
    private final Questions questions;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final Presence presence;
    private final Attachments attachments;

    AskResource(AskService ask, Questions questions, Viewer viewer, RequestLocale locale, Presence presence,
            Attachments attachments) {
        this.attachments = attachments;
        this.presence = presence;
        this.ask = ask;
        this.questions = questions;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** A choice of a select, with the message naming it. */
    public record Choice(String value, String labelKey) {
    }

    /**
     * The ask page: {@code chatOpen} shows the button that starts a chat with the same words (a librarian on duty is
     * online); {@code chatClosed} says that chat has just closed and the words can go as a question.
     */
    public record AskPage(AskService.AskForm form, FormErrors errors, List<Choice> categories, boolean sent,
            boolean chatOpen, boolean chatClosed) {
    }

    public record QuestionPage(Questions.Question question, List<Questions.Message> thread, String token,
            FormErrors errors, String reply, List<Attachments.Attachment> attachments) {
        /** The address of an attachment for this reader (with the private link's token for a visitor). */
        public String attachmentUrl(Attachments.Attachment a) {
            return "/questions/" + question.id() + "/attachments/" + a.id() + (token == null || token.isBlank() ? ""
                    : "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        }
    }

    public record MinePage(List<Questions.Question> questions) {
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance ask(AskPage page);

        static native TemplateInstance question(QuestionPage page);

        static native TemplateInstance mine(MinePage page);
    }

    @GET
    @Path("ask")
    @PermitAll
    public TemplateInstance form(@RestQuery String sent, @RestQuery String chat) {
        boolean open = presence.chatOpen();
        return Templates.ask(new AskPage(new AskService.AskForm("", "", "", "", ""), FormErrors.none(), categories(),
                sent != null, open, !open && "closed".equals(chat)));
    }

    @POST
    @Path("ask")
    @PermitAll
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response submit(@BeanParam AskFields fields) {
        AskService.AskForm form = fields.form();
        if (fields.trapped()) {
            return Response.seeOther(URI.create("/ask?sent")).build();
        }
        try {
            AskService.Asked asked = ask.ask(form, checked(fields.attachment), viewer, locale.get());
            return Response.seeOther(URI.create("/questions/" + asked.id() + (viewer.isSignedIn() ? ""
                    : "?t=" + URLEncoder.encode(asked.token(), StandardCharsets.UTF_8)))).build();
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.ask(new AskPage(form, FormErrors.of(e),
                    categories(), false, presence.chatOpen(), false))).build();
        }
    }

    @GET
    @Path("questions/{id}")
    @PermitAll
    public TemplateInstance question(@RestPath long id, @RestQuery String t) {
        Questions.Question q = ask.forAsker(id, t, viewer)
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
        return Templates.question(new QuestionPage(q, questions.thread(id, false), t, FormErrors.none(), "",
                attachments.of(id)));
    }

    @POST
    @Path("questions/{id}/reply")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@RestPath long id, @RestForm String t, @RestForm String body) {
        try {
            ask.reply(id, t, body, viewer);
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            Questions.Question q = ask.forAsker(id, t, viewer).orElseThrow();
            return Response.status(e.status()).entity(Templates.question(new QuestionPage(q,
                    questions.thread(id, false), t, FormErrors.of(e), body, attachments.of(id)))).build();
        }
        return Response.seeOther(URI.create("/questions/" + id + (t == null || t.isBlank() ? ""
                : "?t=" + URLEncoder.encode(t, StandardCharsets.UTF_8)) + "#latest")).build();
    }

    @GET
    @Path("me/questions")
    @Authenticated
    public TemplateInstance mine() {
        return Templates.mine(new MinePage(questions.of(viewer.requireId())));
    }

    /** The file sent with the form, checked; null when none was chosen. */
    static Upload checked(FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return null;
        }
        return Attachments.check(file.fileName(), file.uploadedFile());
    }

    /** An attachment of the asker's question, as a download. */
    @GET
    @Path("questions/{id}/attachments/{attachment}")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    public Response attachment(@RestPath long id, @RestPath long attachment, @RestQuery String t) {
        ask.forAsker(id, t, viewer).orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
        return download(attachments.file(id, attachment)
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question")));
    }

    /** A file as a download that the browser neither shows in the page nor runs. */
    static Response download(Attachments.File f) {
        return Response.ok(f.data(), f.contentType()).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'").build();
    }

    static List<Choice> categories() {
        return Arrays.stream(Category.values()).map(c -> new Choice(c.key(), c.messageKey())).toList();
    }
}
