package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** An attempt's answers, submission and result (owner; a course's instructors and admins may read). */
@Path("/api/v1/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AttemptApi {

    private final QuizService quizzes;
    private final AnswerService answers;
    private final Viewer viewer;
    private final RequestLocale locale;

    AttemptApi(QuizService quizzes, AnswerService answers, Viewer viewer, RequestLocale locale) {
        this.quizzes = quizzes;
        this.answers = answers;
        this.viewer = viewer;
        this.locale = locale;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An attempt: its questions while in progress, its grades once submitted")
    public QuizApi.AttemptOut get(@RestPath long id) {
        return QuizApi.out(quizzes.view(id, actor(), locale.get()));
    }

    @PUT
    @Path("{id}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves one response (idempotent); refused after the deadline or submission")
    public QuizApi.Saved answer(@RestPath long id, @RestPath long questionId, QuizApi.AnswerIn body) {
        if (body == null) {
            throw DomainException.badRequest("response", "response_missing");
        }
        JsonNode response = body.response() == null ? NullNode.getInstance()
                : body.response();
        return new QuizApi.Saved(questionId, answers.save(id, questionId, response, actor()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submits and grades the attempt; submitting again returns the same result")
    public QuizApi.SubmitOut submit(@RestPath long id) {
        AnswerService.Submitted s = answers.submit(id, actor());
        return new QuizApi.SubmitOut(s.attempt().state(), s.score(), s.maxScore(), s.attempt().percent(), s.attempt().passed(),
                s.questions().stream().map(q -> new QuizApi.QuestionResult(q.id(), q.correct(), q.points(), q.maxPoints(),
                        q.feedback())).toList());
    }

    private QuizService.Actor actor() {
        return new QuizService.Actor(viewer.requireId(), viewer.isInstructor());
    }
}
