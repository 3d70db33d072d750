package org.resilib.survey.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.Languages;
import org.resilib.web.Messages;

/**
 * A survey's definition as a SurveyJS form model (read by any SurveyJS tool, and written back), and its life:
 * publish, close. For instructors and admins; see {@link SurveyEditing} for whose survey each may change.
 */
@Path("/api/v1/surveys/{slug}")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class SurveyEditApi {

    private final SurveyEditing editing;
    private final Viewer viewer;
    private final Messages messages;

    SurveyEditApi(SurveyEditing editing, Viewer viewer, Messages messages) {
        this.editing = editing;
        this.viewer = viewer;
        this.messages = messages;
    }

    @GET
    @Path("surveyjs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The survey as a SurveyJS form model; Resilib's own settings in its resilib object")
    public ObjectNode surveyJs(@RestPath String slug) {
        return editing.export(slug, viewer, this::point);
    }

    @PUT
    @Path("surveyjs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves a SurveyJS form model as this survey (a new one as a draft); 400 names each element"
            + " it cannot map")
    public Response save(@RestPath String slug, JsonNode model) {
        SurveyEditing.Saved saved = editing.save(slug, viewer, model);
        return Response.status(saved == SurveyEditing.Saved.CREATED ? 201 : 200)
                .entity(Map.of("slug", slug, "saved", true)).build();
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publishes a draft, or opens a closed survey again")
    public Response publish(@RestPath String slug) {
        editing.publish(slug, viewer);
        return Response.noContent().build();
    }

    @POST
    @Path("close")
    @Operation(summary = "Closes a published survey: no more responses, results kept")
    public Response close(@RestPath String slug) {
        editing.close(slug, viewer);
        return Response.noContent().build();
    }

    /** A point of a Likert scale in both languages: {@code survey_likert5_3}. */
    private Map<String, String> point(int points, int point) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var l : Languages.SUPPORTED) {
            out.put(Languages.tag(l), messages.get("survey_likert" + points + "_" + point, l));
        }
        return out;
    }
}
