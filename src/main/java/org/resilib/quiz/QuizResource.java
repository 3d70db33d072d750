package org.resilib.quiz;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.Courses;
import org.resilib.identity.Viewer;
import org.resilib.time.DateTimes;
import org.resilib.web.Confirmation;
import org.resilib.web.RequestLocale;

/** The learner's quiz pages: the quiz, an attempt in progress (one page or one question per page), the review. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class QuizResource {

    private final QuizService quizzes;
    private final AnswerService answers;
    private final Courses courses;
    private final Viewer viewer;
    private final RequestLocale locale;

    QuizResource(QuizService quizzes, AnswerService answers, Courses courses, Viewer viewer,
            RequestLocale locale) {
        this.quizzes = quizzes;
        this.answers = answers;
        this.courses = courses;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** An attempt page: all questions, or the one numbered {@code page} (1-based) when one per page. */
    public record AttemptPage(QuizViews.Attempt attempt, List<QuizViews.Slot> slots, int page, int pages,
            String deadline, String shownIds, String error, String errorField, boolean saved) {
        /** The server's clock, from which the page's countdown starts. */
        public Instant now() {
            return Instant.now();
        }

        public boolean onePerPage() {
            return page > 0;
        }

        public boolean invalid(long questionId) {
            return ("q" + questionId).equals(errorField);
        }
    }

    @CheckedTemplate(basePath = "quiz")
    static class Templates {
        static native TemplateInstance quiz(QuizViews.QuizInfo quiz);

        static native TemplateInstance attempt(AttemptPage view);

        static native TemplateInstance review(QuizViews.Attempt attempt, String submittedAt);

        static native TemplateInstance attempt$saved(String time, String error);
    }

    @GET
    @Path("courses/{slug}/quiz")
    public TemplateInstance quiz(@RestPath String slug) {
        return Templates.quiz(quizzes.info(courses.courseFor(slug, viewer), actor(), locale.get()));
    }

    @POST
    @Path("courses/{slug}/quiz/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath String slug) {
        QuizService.Started started = quizzes.start(courses.courseFor(slug, viewer), actor(), locale.get());
        return Response.seeOther(URI.create("/attempts/" + started.attempt().id())).build();
    }

    @GET
    @Path("attempts/{id}")
    public TemplateInstance attempt(@RestPath long id, @RestQuery Integer q, @RestQuery String saved) {
        QuizViews.Attempt a = quizzes.view(id, actor(), locale.get());
        if (!a.open()) {
            return Templates.review(a, format(a.submittedAt()));
        }
        return Templates.attempt(page(a, q == null ? 0 : q, null, null, saved != null));
    }

    /**
     * Saves the page (and submits, when that button was pressed). When time is up or the attempt was submitted
     * meanwhile, the review shows what the server graded with what was saved.
     */
    @POST
    @Path("attempts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestQuery Integer q, MultivaluedMap<String, String> form) {
        int page = q == null ? 0 : q;
        String action = form.getFirst("action");
        // Submitting uses up the attempt: the answers are saved first, then the learner is asked.
        boolean submit = "submit".equals(action) && Confirmation.confirmed(form.getFirst(Confirmation.FIELD));
        AnswerService.PageResult result = answers.answerPage(id, form, submit, actor(), locale.get());
        if (result instanceof AnswerService.Refused r) {
            return Response.status(r.status())
                    .entity(Templates.attempt(page(r.attempt(), page, r.error(), r.field(), false))).build();
        }
        if (result instanceof AnswerService.Closed) {
            return Response.seeOther(URI.create("/attempts/" + id)).build();
        }
        if ("submit".equals(action) && !submit) {
            return Confirmation.of("confirm_submit_quiz", "confirm_submit_quiz_effect", "confirm_yes_submit",
                    "/attempts/" + id, "/attempts/" + id + (page > 0 ? "?q=" + page : "")).with("action", "submit")
                    .ask();
        }
        int target = page;
        if ("next".equals(action)) {
            target = page + 1;
        } else if ("previous".equals(action)) {
            target = Math.max(1, page - 1);
        }
        return Response.seeOther(URI.create("/attempts/" + id + "?saved=true" + (target > 0 ? "&q=" + target : "")))
                .build();
    }

    /** htmx autosave: the same form, answered with the "saved" status fragment. */
    @POST
    @Path("attempts/{id}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autosave(@RestPath long id, MultivaluedMap<String, String> form) {
        AnswerService.PageResult result = answers.answerPage(id, form, false, actor(), locale.get());
        if (result instanceof AnswerService.Saved s) {
            return Response.ok(Templates.attempt$saved(formatTime(s.at()), null)).build();
        }
        if (result instanceof AnswerService.Refused r) {
            return Response.status(r.status()).entity(Templates.attempt$saved(null, r.error())).build();
        }
        return Response.status(409).entity(Templates.attempt$saved(null, "attempt_closed")).build();
    }

    private AttemptPage page(QuizViews.Attempt a, int page, String error, String errorField, boolean saved) {
        List<QuizViews.Slot> all = a.questions();
        int pages = all.size();
        int p = Math.min(Math.max(page, 0), pages);
        List<QuizViews.Slot> slots = p == 0 ? all : List.of(all.get(p - 1));
        String shown = String.join(",", slots.stream().map(s -> String.valueOf(s.id())).toList());
        return new AttemptPage(a, slots, p, pages, a.deadline() == null ? null : format(a.deadline()), shown, error,
                errorField, saved);
    }

    private String format(Instant t) {
        return t == null ? "" : DateTimes.minutes(t, viewer.getZone()) + " (" + viewer.getZone().getId() + ")";
    }

    private String formatTime(Instant t) {
        return DateTimes.clockSeconds(t, viewer.getZone());
    }

    private QuizService.Actor actor() {
        return new QuizService.Actor(viewer.requireId(), viewer.isInstructor());
    }
}
