package org.resilib.survey.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.content.ContentProblem;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.PageContext;
import org.resilib.web.Problem;
import org.resilib.web.RequestLocale;

/**
 * Surveys made and changed in the browser, for instructors and admins: the list of those they may manage, an editor
 * for a survey's text in the format of {@code content/surveys} (each problem shown with its line, the text kept),
 * and publishing and closing. A new survey is a draft until published.
 */
@Path("/surveys")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class SurveyManageResource {

    /** What a new survey's editor starts with: a valid survey to change. */
    static final String STARTER = """
            title: { zh-CN: 新问卷, en: New survey }
            description: { zh-CN: 两道题，约一分钟。, en: Two questions, about a minute. }
            audience: everyone      # students | librarians | everyone | public
            anonymous: true
            pages:
              - questions:
                  - id: overall
                    type: rating
                    required: true
                    text: { zh-CN: 您的总体评价是？, en: "How would you rate it overall?" }
                  - id: comment
                    type: longtext
                    maxLength: 2000
                    text: { zh-CN: 其他意见, en: Anything else }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SurveyEditing editing;
    private final Viewer viewer;
    private final RequestLocale locale;

    SurveyManageResource(SurveyEditing editing, Viewer viewer, RequestLocale locale) {
        this.editing = editing;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "survey")
    static class Templates {
        static native TemplateInstance manage(ManagePage page);

        static native TemplateInstance edit(EditPage page);
    }

    @GET
    @Path("manage")
    public TemplateInstance list() {
        return Templates.manage(new ManagePage(editing.managed(viewer), locale.get()));
    }

    @GET
    @Path("manage/new")
    public TemplateInstance create() {
        return Templates.edit(new EditPage(null, "", STARTER, List.of()));
    }

    @POST
    @Path("manage/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String slug, @RestForm String text) {
        String s = slug == null ? "" : slug.strip();
        List<ContentProblem> problems = new ArrayList<>();
        if (editing.saveText(s, viewer, text, problems, true) != null) {
            return Response.seeOther(PageContext.done("/surveys/" + s + "/edit", "done_survey_saved")).build();
        }
        return Response.status(400).entity(Templates.edit(new EditPage(null, s, text, problems))).build();
    }

    /**
     * Imports a SurveyJS form model (made with SurveyJS Creator or another tool) as a new draft: each element or
     * condition it cannot map, and each problem of the definition, is listed with its path; nothing is saved then.
     */
    @POST
    @Path("manage/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importSurveyJs(@RestForm String slug, @RestForm String json) {
        String s = slug == null ? "" : slug.strip();
        List<Problem.FieldError> problems = new ArrayList<>();
        try {
            JsonNode model = JSON.readTree(json == null || json.isBlank() ? "null" : json);
            if (editing.exists(s)) {
                problems.add(new Problem.FieldError("slug", "survey_slug_taken", s));
            } else {
                editing.save(s, viewer, model);
                return Response.seeOther(PageContext.done("/surveys/" + s + "/edit", "done_survey_saved")).build();
            }
        } catch (JsonProcessingException e) {
            problems.add(new Problem.FieldError("json", "surveyjs_not_json", e.getOriginalMessage()));
        } catch (DomainException e) {
            if (e.details() == null) {
                if (e.status() != 400) {
                    throw e;
                }
                problems.add(new Problem.FieldError(e.field(), e.messageKey(), null));
            } else {
                problems.addAll(e.details());
            }
        }
        return Response.status(400).entity(Templates.edit(new EditPage(null, s, STARTER, List.of(),
                json == null ? "" : json, problems))).build();
    }

    @GET
    @Path("{slug}/edit")
    public TemplateInstance edit(@RestPath String slug) {
        return Templates.edit(new EditPage(editing.status(slug), slug, editing.text(slug, viewer), List.of()));
    }

    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String slug, @RestForm String text) {
        String status = editing.status(slug);
        List<ContentProblem> problems = new ArrayList<>();
        if (editing.saveText(slug, viewer, text, problems, false) != null) {
            return Response.seeOther(PageContext.done("/surveys/" + slug + "/edit", "done_survey_saved")).build();
        }
        return Response.status(400).entity(Templates.edit(new EditPage(status, slug, text, problems))).build();
    }

    @POST
    @Path("{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath String slug) {
        editing.publish(slug, viewer);
        return Response.seeOther(PageContext.done("/surveys/manage", "done_survey_published")).build();
    }

    @POST
    @Path("{slug}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath String slug) {
        editing.close(slug, viewer);
        return Response.seeOther(PageContext.done("/surveys/manage", "done_survey_closed")).build();
    }
}
