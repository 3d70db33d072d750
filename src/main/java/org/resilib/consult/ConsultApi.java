package org.resilib.consult;

import jakarta.annotation.security.PermitAll;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/**
 * The consultation service as JSON: asking, a question with its thread (the asker's never holds internal notes),
 * adding to the thread, and the desk's queue and actions.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultApi {

    private final AskService ask;
    private final DeskService desk;
    private final Questions questions;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final Faq faq;
    private final Presence presence;
    private final ServiceCalendar calendar;

    ConsultApi(AskService ask, DeskService desk, Questions questions, Viewer viewer, RequestLocale locale, Faq faq,
            Presence presence, ServiceCalendar calendar) {
        this.presence = presence;
        this.calendar = calendar;
        this.faq = faq;
        this.ask = ask;
        this.desk = desk;
        this.questions = questions;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record QuestionIn(String category, String subject, String body, String email, String name) {
    }

    /** A question made: its id, and for a visitor the token of its private link. */
    public record Created(long id, String token, String url) {
    }

    public record MessageOut(long id, boolean fromAsker, String author, boolean internal, String body, Instant at) {
    }

    public record QuestionOut(long id, String category, String channel, String subject, String state,
            String assignee, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant closedAt,
            Instant dueAt, boolean overdue, Integer readScale, List<MessageOut> messages) {
    }

    public record MessageIn(String body, Boolean internal, Boolean waiting) {
    }

    /** A colleague to hand the question to, or a service team (whose queue it then waits in). */
    public record AssignIn(Long assignee, Long team) {
    }

    /** Whether chat is open now (a librarian on duty is online), and whether the service is in its hours. */
    public record Availability(boolean chat, boolean open) {
    }

    /** An FAQ entry that may answer a question being typed, in the reader's language, with its page's address. */
    public record Suggestion(long id, String question, String url) {
    }

    @GET
    @Path("faq/suggestions")
    @PermitAll
    @Operation(summary = "FAQ entries that may answer the text of a question being typed (at most 3)")
    public List<Suggestion> suggestions(@RestQuery String text) {
        String typed = text == null ? "" : text.length() > 2000 ? text.substring(0, 2000) : text;
        return faq.suggest(typed, 3).stream().map(e -> new Suggestion(e.id(), e.question(locale.get()),
                "/faq#faq-" + e.id())).toList();
    }

    @GET
    @Path("consult/availability")
    @PermitAll
    @Operation(summary = "Whether live chat is open now; when it is not, questions go through the form")
    public Availability availability() {
        return new Availability(presence.chatOpen(), calendar.hours().openAt(Instant.now()));
    }

    @POST
    @Path("questions")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Asks a librarian; a visitor gives an email address and gets the private link's token")
    public Response create(QuestionIn in) {
        QuestionIn q = in == null ? new QuestionIn(null, null, null, null, null) : in;
        AskService.Asked asked = ask.ask(new AskService.AskForm(q.category(), q.subject(), q.body(), q.email(),
                q.name()), viewer, locale.get());
        String url = "/questions/" + asked.id() + (viewer.isSignedIn() ? "" : "?t=" + asked.token());
        return Response.created(URI.create("/api/v1/questions/" + asked.id()))
                .entity(new Created(asked.id(), viewer.isSignedIn() ? null : asked.token(), url)).build();
    }

    @GET
    @Path("questions/{id}")
    @PermitAll
    @Operation(summary = "A question and its thread: for its asker (signed in, or with t=token), or the desk")
    public QuestionOut get(@RestPath long id, @RestQuery String t) {
        boolean staff = viewer.isLibrarian();
        Questions.Question q = (staff ? questions.byId(id) : ask.forAsker(id, t, viewer))
                .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
        return out(q, staff);
    }

    @POST
    @Path("questions/{id}/messages")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds to a thread: the asker's reply, or the desk's reply or internal note")
    public Response message(@RestPath long id, @RestQuery String t, MessageIn in) {
        MessageIn m = in == null ? new MessageIn(null, null, null) : in;
        boolean internal = Boolean.TRUE.equals(m.internal());
        Questions.Question asker = ask.forAsker(id, t, viewer).orElse(null);
        if (viewer.isLibrarian() && (asker == null || internal)) {
            if (internal) {
                desk.note(id, m.body(), viewer.requireId());
            } else {
                desk.reply(id, m.body(), Boolean.TRUE.equals(m.waiting()), viewer.requireId());
            }
        } else if (asker != null) {
            if (internal) {
                throw new DomainException(403, "internal", "consult_error_internal");
            }
            ask.reply(id, t, m.body(), viewer);
        } else {
            throw new DomainException(404, null, "consult_not_found_question");
        }
        return Response.status(201).entity(out(questions.byId(id).orElseThrow(), viewer.isLibrarian())).build();
    }

    @GET
    @Path("desk/questions")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The desk's queue: state (all but closed by default), category, assignee (an id, me, none,"
            + " or my-teams for the questions handed to the caller's service teams)")
    public List<QuestionOut> queue(@RestQuery String state, @RestQuery String category,
            @RestQuery String assignee) {
        QuestionState s = state == null || state.isBlank() ? null : QuestionState.fromKey(state)
                .orElseThrow(() -> DomainException.badRequest("state", "consult_error_state"));
        Category c = category == null || category.isBlank() ? null : Category.fromKey(category)
                .orElseThrow(() -> DomainException.badRequest("category", "consult_error_category"));
        Long who = null;
        boolean none = "none".equals(assignee);
        if ("my-teams".equals(assignee)) {
            return desk.queue(s, c, null, false, viewer.requireId()).stream().map(x -> summary(x.question(),
                    x.assignee())).toList();
        }
        if ("me".equals(assignee)) {
            who = viewer.requireId();
        } else if (assignee != null && !assignee.isBlank() && !none) {
            try {
                who = Long.parseLong(assignee);
            } catch (NumberFormatException e) {
                throw DomainException.badRequest("assignee", "consult_error_assignee");
            }
        }
        return desk.queue(s, c, who, none).stream().map(x -> summary(x.question(), x.assignee())).toList();
    }

    @POST
    @Path("desk/questions/{id}/claim")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Takes a question (409 when a colleague holds it)")
    public QuestionOut claim(@RestPath long id) {
        desk.claim(id, viewer.requireId());
        return out(questions.byId(id).orElseThrow(), true);
    }

    @POST
    @Path("desk/questions/{id}/assign")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hands a question to a colleague (assignee: a person id), to a service team (team: its id),"
            + " or back to the queue (both null)")
    public QuestionOut assign(@RestPath long id, AssignIn in) {
        if (in != null && in.team() != null) {
            desk.assignTeam(id, in.team(), viewer.requireId());
        } else {
            desk.assign(id, in == null ? null : in.assignee(), viewer.requireId());
        }
        return out(questions.byId(id).orElseThrow(), true);
    }

    @POST
    @Path("desk/questions/{id}/close")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Closes a question")
    public QuestionOut close(@RestPath long id) {
        desk.close(id, viewer.requireId());
        return out(questions.byId(id).orElseThrow(), true);
    }

    public record FaqIn(Map<String, String> question, Map<String, String> answer, String category,
            Long fromQuestion) {
    }

    public record FaqOut(long id, Map<String, String> question, Map<String, String> answer, String category) {
    }

    @GET
    @Path("faq")
    @PermitAll
    @Operation(summary = "The FAQ, searched with q (Chinese words match by their two-character pieces), best first")
    public List<FaqOut> faq(@RestQuery String q) {
        return faq.search(q).stream().map(e -> new FaqOut(e.id(), e.question(), e.answer(), e.category().key()))
                .toList();
    }

    @POST
    @Path("faq")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an FAQ entry (question and answer per language), optionally from a question")
    public Response addFaq(FaqIn in) {
        FaqIn f = in == null ? new FaqIn(null, null, null, null) : in;
        long id = faq.add(f.question(), f.answer(), f.category(), f.fromQuestion(), viewer.requireId());
        Faq.Entry e = faq.all().stream().filter(x -> x.id() == id).findFirst().orElse(null);
        return Response.status(201).entity(e == null ? Map.of("id", id) : new FaqOut(e.id(), e.question(),
                e.answer(), e.category().key())).build();
    }

    private QuestionOut out(Questions.Question q, boolean withNotes) {
        QuestionOut s = summary(q, questions.nameOf(q.assigneeId()));
        List<MessageOut> messages = questions.thread(q.id(), withNotes).stream().map(m -> new MessageOut(m.id(),
                m.fromAsker(), m.author(), m.internal(), m.body(), m.at())).toList();
        return new QuestionOut(s.id(), s.category(), s.channel(), s.subject(), s.state(), s.assignee(), s.createdAt(),
                s.updatedAt(), s.firstResponseAt(), s.closedAt(), s.dueAt(), s.overdue(), s.readScale(), messages);
    }

    private static QuestionOut summary(Questions.Question q, String assignee) {
        return new QuestionOut(q.id(), q.category().key(), q.channel(), q.subject(), q.state().key(), assignee,
                q.createdAt(), q.updatedAt(), q.firstResponseAt(), q.closedAt(), q.dueAt(), q.overdue(Instant.now()),
                q.readScale(), null);
    }
}
