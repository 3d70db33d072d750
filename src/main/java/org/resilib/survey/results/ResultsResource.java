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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.PublishedCourses;
import org.resilib.identity.Role;
import org.resilib.livesession.Attendance;
import org.resilib.identity.Viewer;
import org.resilib.survey.Subject;
import org.resilib.survey.Survey;
import org.resilib.survey.definition.QuestionType;
import org.resilib.text.LocalizedText;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.web.DomainException;
import org.resilib.web.QueryNumbers;
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
    private final Attendance attendance;

    ResultsResource(ResultsAccess access, SurveyResults results, Viewer viewer, RequestLocale locale,
            Messages messages, PublishedCourses published, Attendance attendance) {
        this.published = published;
        this.attendance = attendance;
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

        static native TemplateInstance texts(TextsPage page);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath String slug, @RestQuery String role, @RestQuery String course,
            @RestQuery String session) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        Locale l = locale.get();
        ResultsAccess.Scope scope = readable.scope(role(role), Subject.requested(course, session));
        SurveyResults.Results r = results.of(s.id, s.definition, s.anonymous, scope, l);
        List<ResultsPage.Item> items = new ArrayList<>();
        for (SurveyResults.QuestionResult q : r.questions()) {
            items.add(new ResultsPage.Item(q, chart(q, l)));
        }
        String follows = s.answeredPer();
        return Templates.results(new ResultsPage(s.slug, LocalizedText.pick(s.title, l), s.anonymous, r, items,
                SurveyResults.ROLES, follows, follows == null ? List.of() : subjects(s, scope, l), l));
    }

    /** What the responses are about, named: courses by their titles, sessions by theirs (one statement). */
    private List<ResultsPage.SubjectOption> subjects(Survey s, ResultsAccess.Scope scope, Locale l) {
        Map<Subject, Long> counts = new LinkedHashMap<>();
        results.subjects(s.id, scope).forEach((key, n) -> counts.put(Subject.of(key), n));
        Map<Long, String> sessions = !s.forSessions ? Map.of() : attendance.titles(counts.keySet().stream()
                .filter(Subject::isSession).map(x -> Long.parseLong(x.ref())).toList(), l);
        PublishedCourses.Snapshot outline = published.current();
        List<ResultsPage.SubjectOption> out = new ArrayList<>();
        counts.forEach((subject, n) -> {
            String title;
            if (subject.isCourse()) {
                PublishedCourses.Outline o = outline.bySlug(subject.ref());
                title = o == null ? subject.ref() : o.title(l);
            } else {
                title = sessions.getOrDefault(Long.parseLong(subject.ref()), "#" + subject.ref());
            }
            out.add(new ResultsPage.SubjectOption(subject.ref(), title, n));
        });
        return out;
    }

    @GET
    @Path("{question}/texts")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance texts(@RestPath String slug, @RestPath String question, @RestQuery String role,
            @RestQuery String course, @RestQuery String session, @RestQuery String q, @RestQuery String page) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        SurveyFile.Question asked = SurveyResults.answerable(s.definition).get(question);
        if (asked == null || !(asked.kind() == QuestionType.TEXT || asked.kind() == QuestionType.LONGTEXT
                || asked.hasOther())) {
            throw new DomainException(404, null, "survey_not_found");
        }
        if (q != null && q.length() > 200) {
            throw DomainException.badRequest("q", "invalid_input");
        }
        Locale l = locale.get();
        ResultsAccess.Scope scope = readable.scope(role(role), Subject.requested(course, session));
        int at = QueryNumbers.positive("page", page, 1, 100_000);
        SurveyResults.Texts texts = results.texts(s.id, s.anonymous, question, scope, q, at);
        return Templates.texts(new TextsPage(s.slug, LocalizedText.pick(s.title, l), question,
                LocalizedText.pick(asked.text(), l), q, at, texts, scope.role(), scope.about()));
    }

    @GET
    @Path("{question}.svg")
    @Produces("image/svg+xml")
    public Response svg(@RestPath String slug, @RestPath String question, @RestQuery String role,
            @RestQuery String course, @RestQuery String session) {
        ResultsAccess.Readable readable = access.require(slug, viewer);
        Survey s = readable.survey();
        Locale l = locale.get();
        SurveyResults.QuestionResult q = results.of(s.id, s.definition, s.anonymous,
                readable.scope(role(role), Subject.requested(course, session)), l).questions()
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
