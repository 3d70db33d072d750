package org.resilib.consult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;

/**
 * Live chat at the desk: the chats waiting and the librarian's own, the stream that keeps the librarian online
 * while a desk page is open, and one chat with its transcript. Its own class path, since {@code /desk} belongs to
 * {@link DeskResource}.
 */
@Path("/desk/chats")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class DeskChatResource {

    public record ChatsPage(List<Questions.Question> chats, long me, boolean onDuty, FormErrors errors) {
    }

    public record DeskChatPage(Questions.Question question, List<Questions.Message> thread, String librarian,
            boolean mine, FormErrors errors) {
        public String eventsUrl() {
            return "/desk/chats/" + question.id() + "/events?after=" + (thread.isEmpty() ? 0
                    : thread.get(thread.size() - 1).id());
        }

        public String action() {
            return "/desk/chats/" + question.id() + "/messages";
        }

        public String link() {
            return "/desk/questions/" + question.id();
        }

        /** Whether the librarian can write: the chat is theirs and going on. */
        public boolean writes() {
            return mine && "active".equals(question.chatState());
        }
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance deskChats(ChatsPage page);

        static native TemplateInstance deskChat(DeskChatPage page);
    }

    private final ChatService chat;
    private final ChatHub hub;
    private final Questions questions;
    private final DutyRota rota;
    private final Viewer viewer;

    DeskChatResource(ChatService chat, ChatHub hub, Questions questions, DutyRota rota, Viewer viewer) {
        this.chat = chat;
        this.hub = hub;
        this.questions = questions;
        this.rota = rota;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance chats() {
        return Templates.deskChats(chatsPage(FormErrors.none()));
    }

    /** The desk's stream: keeps the librarian online and tells how many chats wait. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> deskEvents(@Context Sse sse) {
        return hub.desk(viewer.requireId(), sse);
    }

    @GET
    @Path("{id}")
    public TemplateInstance chat(@RestPath long id) {
        return Templates.deskChat(page(id, FormErrors.none()));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> events(@RestPath long id, @RestQuery Long after,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        existing(id);
        return hub.watch(id, ChatResource.resumeFrom(after, lastEventId), sse);
    }

    /** Takes a waiting chat; a colleague who was quicker has it, and the list says so (409). */
    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath long id) {
        try {
            chat.accept(id, viewer.requireId());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.deskChats(chatsPage(FormErrors.of(e)))).build();
        }
        return Response.seeOther(URI.create("/desk/chats/" + id)).build();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response say(@RestPath long id, @RestForm String body,
            @HeaderParam("X-Requested-With") String requestedWith) {
        try {
            chat.librarianSays(id, viewer.requireId(), body);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.deskChat(page(id, FormErrors.of(e)))).build();
        }
        return "fetch".equals(requestedWith) ? Response.noContent().build()
                : Response.seeOther(URI.create("/desk/chats/" + id + "#latest")).build();
    }

    /** Ends the chat; the question's desk page follows, to turn it into an FAQ entry or close it. */
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@RestPath long id) {
        existing(id);
        chat.end(id, viewer.requireId());
        return Response.seeOther(URI.create("/desk/questions/" + id)).build();
    }

    private Questions.Question existing(long id) {
        return questions.byId(id).filter(q -> "chat".equals(q.channel()))
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
    }

    private ChatsPage chatsPage(FormErrors errors) {
        long me = viewer.requireId();
        return new ChatsPage(chat.chats(me), me, rota.onDuty(Instant.now()).contains(me), errors);
    }

    private DeskChatPage page(long id, FormErrors errors) {
        Questions.Question q = existing(id);
        return new DeskChatPage(q, questions.thread(id, false), questions.nameOf(q.assigneeId()),
                Long.valueOf(viewer.requireId()).equals(q.assigneeId()), errors);
    }
}
