package org.resilib.consult;

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
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/** The reference desk for librarians and admins: the queue and a question with its whole thread and history. */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class DeskResource {

    private final DeskService desk;
    private final Questions questions;
    private final QuestionHistory history;
    private final Viewer viewer;
    private final Faq faq;
    private final ChatService chat;
    private final SavedReplies saved;
    private final Attachments attachments;
    private final RequestLocale locale;

    DeskResource(DeskService desk, Questions questions, QuestionHistory history, Viewer viewer, Faq faq,
            ChatService chat, SavedReplies saved, Attachments attachments, RequestLocale locale) {
        this.locale = locale;
        this.attachments = attachments;
        this.saved = saved;
        this.chat = chat;
        this.faq = faq;
        this.desk = desk;
        this.questions = questions;
        this.history = history;
        this.viewer = viewer;
    }

    /** A filter choice, with the message naming it and whether it is the one shown. */
    public record Choice(String value, String labelKey, boolean selected) {
    }

    public record QueuePage(List<DeskService.Queued> questions, List<Choice> states, List<Choice> categories,
            String mine, long chatsWaiting) {
    }

    /** An FAQ entry that may already answer the question, in the librarian's language. */
    public record FaqHint(long id, String question, String answer) {
    }

    /** A colleague the question can be handed to. */
    public record Colleague(long id, String name, boolean holds) {
    }

    public record DeskQuestionPage(Questions.Question question, String assignee, boolean mine,
            List<Questions.Message> thread, List<Questions.Event> history, FormErrors errors, String reply,
            List<Colleague> colleagues, boolean overdue, List<SavedReplies.Saved> saved,
            List<Attachments.Attachment> attachments, List<Choice> teams, List<FaqHint> faqHints) {
        /** The levels of the READ scale (Reference Effort Assessment Data): 1 a quick fact to 6 a long consultation. */
        public List<Integer> readLevels() {
            return List.of(1, 2, 3, 4, 5, 6);
        }
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance desk(QueuePage page);

        static native TemplateInstance deskQuestion(DeskQuestionPage page);
    }

    @GET
    public TemplateInstance queue(@RestQuery String state, @RestQuery String category, @RestQuery String who) {
        QuestionState s = state == null ? null : QuestionState.fromKey(state).orElse(null);
        Category c = category == null ? null : Category.fromKey(category).orElse(null);
        boolean mine = "me".equals(who);
        List<Choice> states = Arrays.stream(QuestionState.values()).map(x -> new Choice(x.key(), x.messageKey(),
                x == s)).toList();
        List<Choice> categories = Arrays.stream(Category.values()).map(x -> new Choice(x.key(), x.messageKey(),
                x == c)).toList();
        return Templates.desk(new QueuePage(desk.queue(s, c, mine ? viewer.requireId() : null, "none".equals(who),
                "teams".equals(who) ? viewer.requireId() : null),
                states, categories, who == null ? "" : who, chat.waiting()));
    }

    @GET
    @Path("questions/{id}")
    public TemplateInstance question(@RestPath long id) {
        return Templates.deskQuestion(page(id, FormErrors.none(), ""));
    }

    @POST
    @Path("questions/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@RestPath long id) {
        return act(id, "", () -> desk.claim(id, viewer.requireId()));
    }

    @POST
    @Path("questions/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@RestPath long id, @RestForm String body, @RestForm String waiting,
            @RestForm String internal) {
        boolean note = "true".equals(internal);
        return act(id, body == null ? "" : body, () -> {
            if (note) {
                desk.note(id, body, viewer.requireId());
            } else {
                desk.reply(id, body, "true".equals(waiting), viewer.requireId());
            }
        });
    }

    @POST
    @Path("questions/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestPath long id, @RestForm String assignee) {
        Long to;
        try {
            to = assignee == null || assignee.isBlank() ? null : Long.valueOf(assignee);
        } catch (NumberFormatException e) {
            to = -1L;
        }
        Long target = to;
        return act(id, "", () -> desk.assign(id, target, viewer.requireId()));
    }

    /** Hands the question to a service team (or takes it off one, with no team chosen). */
    @POST
    @Path("questions/{id}/team")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response team(@RestPath long id, @RestForm String team) {
        Long target = team == null || team.isBlank() ? null : team.strip().matches("[0-9]{1,18}")
                ? Long.valueOf(team.strip()) : -1L;
        return act(id, "", () -> desk.assignTeam(id, target, viewer.requireId()));
    }

    /** An answered question becomes an FAQ entry, written afresh by the librarian (nothing of the asker is copied). */
    @POST
    @Path("questions/{id}/faq")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response toFaq(@RestPath long id, @RestForm String questionZh, @RestForm String questionEn,
            @RestForm String answerZh, @RestForm String answerEn, @RestForm String category) {
        try {
            faq.add(LocalizedText.of(questionZh, questionEn), LocalizedText.of(answerZh, answerEn), category, id,
                    viewer.requireId());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.deskQuestion(page(id, FormErrors.none()
                    .add("body", e.messageKey()), ""))).build();
        }
        return Response.seeOther(URI.create("/faq")).build();
    }

    @GET
    @Path("questions/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@RestPath long id, @RestPath long attachment) {
        return AskResource.download(attachments.file(id, attachment)
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question")));
    }

    /** Merges this question into the one it duplicates, then shows that one. */
    @POST
    @Path("questions/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath long id, @RestForm String into) {
        Long target = into != null && into.strip().matches("[0-9]{1,18}") ? Long.valueOf(into.strip()) : null;
        Response r = act(id, "", () -> desk.merge(id, target, viewer.requireId()));
        return r.getStatus() == 303 ? Response.seeOther(URI.create("/desk/questions/" + target)).build() : r;
    }

    @POST
    @Path("questions/{id}/read-scale")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readScale(@RestPath long id, @RestForm String level) {
        Integer n = level != null && level.matches("[1-6]") ? Integer.valueOf(level) : null;
        return act(id, "", () -> desk.readScale(id, n, viewer.requireId()));
    }

    @POST
    @Path("questions/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath long id) {
        return act(id, "", () -> desk.close(id, viewer.requireId()));
    }

    @POST
    @Path("questions/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@RestPath long id) {
        return act(id, "", () -> desk.reopen(id, viewer.requireId()));
    }

    private Response act(long id, String reply, Runnable change) {
        try {
            change.run();
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            FormErrors errors = FormErrors.none().add(e.field() == null ? "body" : e.field(), e.messageKey());
            return Response.status(e.status()).entity(Templates.deskQuestion(page(id, errors, reply))).build();
        }
        return Response.seeOther(URI.create("/desk/questions/" + id)).build();
    }

    private DeskQuestionPage page(long id, FormErrors errors, String reply) {
        Questions.Question q = questions.byId(id)
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
        List<Questions.Message> thread = questions.thread(id, true);
        String asked = q.subject() + " " + thread.stream().filter(Questions.Message::fromAsker).findFirst()
                .map(Questions.Message::body).orElse("");
        List<FaqHint> hints = faq.suggest(asked, 3).stream().map(e -> new FaqHint(e.id(), e.question(locale.get()),
                e.answer(locale.get()))).toList();
        List<Colleague> colleagues = desk.colleagues().stream().map(c -> new Colleague(c.id(), c.name(),
                Long.valueOf(c.id()).equals(q.assigneeId()))).toList();
        return new DeskQuestionPage(q, questions.nameOf(q.assigneeId()), q.assigneeId() != null
                && q.assigneeId().equals(viewer.getId()), thread, history.of(id), errors, reply,
                colleagues, q.overdue(Instant.now()), saved.all(), attachments.of(id), desk.teams().stream()
                .map(t -> new Choice(String.valueOf(t.id()), t.name(), Long.valueOf(t.id()).equals(q.teamId())))
                .toList(), hints);
    }
}
