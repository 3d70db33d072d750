package org.resilib.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.web.RequestLocale;

/**
 * Surveys over the API: the ones open to the caller, a definition, and a response. Public surveys take responses
 * from visitors too, known by the browser token their survey page set ({@link SurveyResource#TOKEN_COOKIE}).
 */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyApi {

    private final SurveyService surveys;
    private final Viewer viewer;
    private final RequestLocale locale;

    SurveyApi(SurveyService surveys, Viewer viewer, RequestLocale locale) {
        this.surveys = surveys;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record SurveyOut(String slug, String state, String audience, boolean anonymous, Instant opens,
            Instant closes, Map<String, String> title, Map<String, String> description, List<SurveyFile.Page> pages) {
    }

    /**
     * A response: answers by question id (see the API contract for each type's value); for a survey that follows
     * every course the course it is about (its slug), for one that follows sessions the session (its id).
     */
    public record ResponseIn(Map<String, Object> answers, String course, String session) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The surveys open to the caller now, soonest closing first, with whether they answered")
    public List<SurveyService.Summary> open(@RestCookie(SurveyResource.TOKEN_COOKIE) String token) {
        return surveys.open(Respondent.of(viewer, token), locale.get());
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(summary = "A survey's definition: pages of questions with their ids, types, options and conditions")
    public SurveyOut definition(@RestPath String slug, @RestQuery String course, @RestQuery String session,
            @RestCookie(SurveyResource.TOKEN_COOKIE) String token) {
        SurveyService.View v = surveys.view(slug, Respondent.of(viewer, token), Subject.requested(course, session));
        SurveyFile d = v.definition();
        return new SurveyOut(v.slug(), v.state().name().toLowerCase(Locale.ROOT), v.audience().key(),
                v.anonymous(), v.opens(), v.closes(), d.title(), d.description() == null ? Map.of() : d.description(),
                d.pages());
    }

    @POST
    @Path("{slug}/responses")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submits the caller's one response; 400 names each answer at fault as answers.<questionId>")
    public Response respond(@RestPath String slug, ResponseIn in,
            @RestCookie(SurveyResource.TOKEN_COOKIE) String token) {
        surveys.submit(slug, Respondent.of(viewer, token), in == null || in.answers() == null ? Map.of()
                : in.answers(), in == null ? null : Subject.requested(in.course(), in.session()));
        return Response.status(201).entity(Map.of("counted", true)).build();
    }
}
