package org.resilib.survey.results;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.PublishedCourses;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.survey.Survey;
import org.resilib.survey.definition.QuestionType;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;
import org.resilib.web.Messages;
import org.resilib.web.RequestLocale;

/**
 * A survey's results for those who may read them: each question as a chart drawn on the server with the same
 * numbers as a table, the texts people wrote, a filter by respondent group, each chart as an SVG file, and the
 * responses as CSV.
 */
@Path("/surveys/{slug}/results")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class ResultsResource {

    private final ResultsAccess access;
    private final SurveyResults results;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final Messages messages;
    private final PublishedCourses published;

    ResultsResource(ResultsAccess access, SurveyResults results, Viewer viewer, RequestLocale locale,
            Messages messages, PublishedCourses published) {
        this.published = published;
        this.access = access;
        this.results = results;
        this.viewer = viewer;
        this.locale = locale;
        this.messages = messages;
    }

    @CheckedTemplate(basePath = "survey")
    static class Templates {
        static native TemplateInstance results(ResultsPage page);

        static native TemplateInstance chart(Chart chart, String title);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath String slug, @RestQuery String role, @RestQuery String course) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        Locale l = locale.get();
        ResultsAccess.Scope scope = readable.scope(role(role), course);
        SurveyResults.Results r = results.of(s.id, s.definition, s.anonymous, scope, l);
        List<ResultsPage.Item> items = new ArrayList<>();
        for (SurveyResults.QuestionResult q : r.questions()) {
            items.add(new ResultsPage.Item(q, chart(q, l)));
        }
        List<ResultsPage.CourseOption> courses = new ArrayList<>();
        if (s.forAllCourses) {
            PublishedCourses.Snapshot outline = published.current();
            results.courses(s.id, scope).forEach((c, n) -> {
                PublishedCourses.Outline o = outline.bySlug(c);
                courses.add(new ResultsPage.CourseOption(c, o == null ? c : o.title(l), n));
            });
        }
        return Templates.results(new ResultsPage(s.slug, LocalizedText.pick(s.title, l), s.anonymous, r, items,
                SurveyResults.ROLES, s.forAllCourses, courses, l));
    }

    @GET
    @Path("{question}.svg")
    @Produces("image/svg+xml")
    public Response svg(@RestPath String slug, @RestPath String question, @RestQuery String role,
            @RestQuery String course) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        Locale l = locale.get();
        SurveyResults.QuestionResult q = results.of(s.id, s.definition, s.anonymous,
                readable.scope(role(role), course), l).questions()
                .stream().filter(x -> x.question().id().equals(question)).findFirst().orElseThrow(
                        () -> new DomainException(404, null, "survey_not_found"));
        Chart c = chart(q, l);
        if (c == null) {
            throw new DomainException(404, null, "survey_not_found");
        }
        return Response.ok(Templates.chart(c, q.text()).render()).type("image/svg+xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-" + question + ".svg\"").build();
    }

    private Chart chart(SurveyResults.QuestionResult q, Locale l) {
        QuestionType type = q.question().kind();
        return switch (type) {
            case SINGLE, MULTIPLE, DROPDOWN, RATING, RECOMMEND -> Chart.bars(q.bars(), q.bars().stream()
                    .map(b -> b.label() != null ? b.label() : messages.get("survey_other", l)).toList());
            case LIKERT -> Chart.diverging(q.statements(), q.question().points());
            default -> null;
        };
    }

    static String role(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        if (!SurveyResults.ROLES.contains(role)) {
            throw DomainException.badRequest("role", "invalid_input");
        }
        return role;
    }
}
