package org.resilib.consult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/**
 * Live chat for askers: the chat's start (which is the question form itself when nobody on duty is online), the
 * chat page with its transcript, the stream that brings the librarian's words, and the asker's messages. A visitor
 * reaches a chat by its private link, like a question.
 */
@Path("/chat")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ChatResource {

    public record ChatPage(Questions.Question question, List<Questions.Message> thread, String token,
            String librarian, String link, FormErrors errors) {
        public long lastId() {
            return thread.isEmpty() ? 0 : thread.get(thread.size() - 1).id();
        }

        public String eventsUrl() {
            return "/chat/" + question.id() + "/events?after=" + lastId() + (token == null || token.isBlank() ? ""
                    : "&t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        }

        public String action() {
            return "/chat/" + question.id() + "/messages";
        }
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance chat(ChatPage page);
    }

    private final ChatService chat;
    private final AskService ask;
    private final Questions questions;
    private final Presence presence;
    private final ChatHub hub;
    private final Viewer viewer;
    private final RequestLocale locale;

    ChatResource(ChatService chat, AskService ask, Questions questions, Presence presence, ChatHub hub,
            Viewer viewer, RequestLocale locale) {
        this.chat = chat;
        this.ask = ask;
        this.questions = questions;
        this.presence = presence;
        this.hub = hub;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** Where chat starts: the ask page, which shows the chat's start only while a librarian on duty is online. */
    @GET
    public Response entry() {
        return Response.seeOther(URI.create(presence.chatOpen() ? "/ask#chat" : "/ask?chat=closed")).build();
    }

    /**
     * Starts a chat with the question's first message; when chat has closed meanwhile, the same words come back in
     * the question form (409), to send as a question instead.
     */
    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response start(@BeanParam AskFields fields) {
        AskService.AskForm form = fields.form();
        if (fields.trapped()) {
            return Response.seeOther(URI.create("/ask?sent")).build();
        }
        try {
            AskService.Asked asked = chat.start(form, AskResource.checked(fields.attachment), viewer, locale.get());
            return Response.seeOther(URI.create(path(asked.id(), viewer.isSignedIn() ? null : asked.token())))
                    .build();
        } catch (DomainException e) {
            if (e.status() == 409) {
                return Response.status(409).entity(AskResource.Templates.ask(new AskResource.AskPage(form,
                        FormErrors.none(), AskResource.categories(), false, false, true))).build();
            }
            if (e.field() == null) {
                throw e;
            }
            return Response.status(e.status()).entity(AskResource.Templates.ask(new AskResource.AskPage(form,
                    FormErrors.of(e), AskResource.categories(), false, true, false))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance page(@RestPath long id, @RestQuery String t) {
        return Templates.chat(page(mine(id, t), t, FormErrors.none()));
    }

    /** The chat's stream: messages after {@code after}, then each new one and each change of the chat. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> events(@RestPath long id, @RestQuery String t, @RestQuery Long after,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        mine(id, t);
        return hub.watch(id, resumeFrom(after, lastEventId), sse);
    }

    /** The asker writes; from the page's script the answer is 204, without it the page again. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response say(@RestPath long id, @RestForm String t, @RestForm String body,
            @HeaderParam("X-Requested-With") String requestedWith) {
        try {
            chat.askerSays(id, t, viewer, body);
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.chat(page(mine(id, t), t, FormErrors.of(e))))
                    .build();
        }
        return "fetch".equals(requestedWith) ? Response.noContent().build()
                : Response.seeOther(URI.create(path(id, t) + "#latest")).build();
    }

    static long resumeFrom(Long after, String lastEventId) {
        if (lastEventId != null && lastEventId.matches("[0-9]{1,18}")) {
            return Long.parseLong(lastEventId);
        }
        return after == null ? 0 : Math.max(0, after);
    }

    private Questions.Question mine(long id, String t) {
        return ask.forAsker(id, t, viewer).filter(q -> "chat".equals(q.channel()))
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
    }

    private ChatPage page(Questions.Question q, String t, FormErrors errors) {
        return new ChatPage(q, questions.thread(q.id(), false), t, questions.nameOf(q.assigneeId()),
                "/questions/" + q.id() + (t == null || t.isBlank() ? "" : "?t=" + URLEncoder.encode(t,
                        StandardCharsets.UTF_8)), errors);
    }

    private static String path(long id, String token) {
        return "/chat/" + id + (token == null || token.isBlank() ? "" : "?t=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8));
    }
}
