package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.course.Courses;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** Quiz attempts for apps and scripts. Question payloads never carry an answer key, weight or feedback. */
@Path("/api/v1/courses/{slug}/quiz")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuizApi {

    private final QuizService quizzes;
    private final Courses courses;
    private final Viewer viewer;
    private final RequestLocale locale;

    QuizApi(QuizService quizzes, Courses courses, Viewer viewer, RequestLocale locale) {
        this.quizzes = quizzes;
        this.courses = courses;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record Choice(String id, String text) {
    }

    public record QuestionOut(long id, String type, String text, List<Choice> choices, List<Choice> left,
            List<Choice> right, JsonNode response) {
    }

    /** {@code feedback} and {@code rightAnswer} are safe HTML, like the texts of questions and choices. */
    public record Review(long id, Boolean correct, Double points, double maxPoints, String feedback,
            String rightAnswer) {
    }

    public record AttemptOut(long id, String state, Instant deadline, Instant submittedAt, Double score,
            Double maxScore, Double percent, Boolean passed, List<QuestionOut> questions, List<Review> review) {
    }

    public record AnswerIn(JsonNode response) {
    }

    public record Saved(long questionId, Instant savedAt) {
    }

    /** {@code feedback} is safe HTML: the feedback of the answer given, then the general feedback. */
    public record QuestionResult(long id, Boolean correct, Double points, double maxPoints, String feedback) {
    }

    public record SubmitOut(String state, Double score, Double maxScore, Double percent, Boolean passed,
            List<QuestionResult> questions) {
    }

    @POST
    @Path("attempts")
    @Operation(summary = "Starts an attempt (201), or returns the attempt in progress (200); 409 when none is left")
    public Response start(@RestPath String slug) {
        QuizService.Started started = quizzes.start(courses.courseFor(slug, viewer), actor(), locale.get());
        AttemptOut out = out(started.attempt());
        return started.created()
                ? Response.created(URI.create("/api/v1/attempts/" + out.id())).entity(out).build()
                : Response.ok(out).build();
    }

    private QuizService.Actor actor() {
        return new QuizService.Actor(viewer.requireId(), viewer.isInstructor());
    }

    static AttemptOut out(QuizViews.Attempt a) {
        List<QuestionOut> questions = a.questions().stream().map(s -> new QuestionOut(s.id(), s.type().key(),
                s.textAfter().isEmpty() ? s.text() : s.text() + " _____ " + s.textAfter(),
                s.choices().stream().map(c -> new Choice(c.id(), c.text())).toList(),
                s.left().stream().map(c -> new Choice(c.id(), c.text())).toList(),
                s.right().stream().map(c -> new Choice(c.id(), c.text())).toList(), s.response())).toList();
        List<Review> review = a.open() ? null : a.questions().stream().map(s -> new Review(s.id(),
                s.review().correct(), s.review().points(), s.review().maxPoints(), s.review().feedback(),
                s.review().rightAnswer())).toList();
        return new AttemptOut(a.id(), a.state(), a.deadline(), a.submittedAt(), a.score(), a.maxScore(), a.percent(),
                a.passed(), questions, review);
    }
}
