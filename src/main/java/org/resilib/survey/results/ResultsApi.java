package org.resilib.survey.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.survey.Subject;
import org.resilib.survey.Survey;
import org.resilib.web.RequestLocale;

/** A survey's results as JSON and its responses as CSV, for those who may read them. */
@Path("/api/v1/surveys/{slug}")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class ResultsApi {

    private final ResultsAccess access;
    private final SurveyResults results;
    private final ResponseExport export;
    private final Viewer viewer;
    private final RequestLocale locale;

    ResultsApi(ResultsAccess access, SurveyResults results, ResponseExport export, Viewer viewer,
            RequestLocale locale) {
        this.access = access;
        this.results = results;
        this.export = export;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record QuestionOut(String id, String type, long respondents, Map<String, Long> counts,
            Map<String, Map<String, Long>> statements, Double mean, Double median, Double recommendScore,
            long texts) {
    }

    public record ResultsOut(String survey, long respondents, boolean hidden, List<QuestionOut> questions) {
    }

    @GET
    @Path("results")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aggregates per question: counts per option or point, respondents, mean and median")
    public ResultsOut results(@RestPath String slug, @RestQuery String role, @RestQuery String course,
            @RestQuery String session) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        SurveyResults.Results r = results.of(s.id, s.definition, s.anonymous,
                readable.scope(ResultsResource.role(role), Subject.requested(course, session)), locale.get());
        return new ResultsOut(s.slug, r.respondents(), r.hidden(), r.questions().stream().map(q -> new QuestionOut(
                q.question().id(), q.type(), q.answered(), q.bars().isEmpty() ? null : counts(q.bars()),
                q.statements().isEmpty() ? null : statements(q.statements()),
                q.numbers() == null ? null : q.numbers().mean(), q.numbers() == null ? null : q.numbers().median(),
                q.recommendScore(), q.textCount())).toList());
    }

    private static Map<String, Long> counts(List<SurveyResults.Bar> bars) {
        Map<String, Long> out = new LinkedHashMap<>();
        bars.forEach(b -> out.put(b.id(), b.count()));
        return out;
    }

    private static Map<String, Map<String, Long>> statements(List<SurveyResults.Statement> statements) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        statements.forEach(st -> out.put(st.id(), counts(st.points())));
        return out;
    }

    @GET
    @Path("responses.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Every response as a row of an XLSX workbook (streamed; no person column for anonymous surveys)")
    public Response xlsx(@RestPath String slug, @RestQuery String course, @RestQuery String session) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        return Response.ok(export.xlsx(s, readable.scope(null, Subject.requested(course, session))))
                .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + s.slug + "-responses.xlsx\"").build();
    }

    @GET
    @Path("responses.csv")
    @Produces("text/csv")
    @Operation(summary = "Every response as a CSV row (formula-safe; no person column for anonymous surveys)")
    public Response csv(@RestPath String slug, @RestQuery String course, @RestQuery String session) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        return Response.ok(export.csv(s, readable.scope(null, Subject.requested(course, session))))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + s.slug + "-responses.csv\"").build();
    }
}
