package org.resilib.survey;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.survey.answer.AnswerRules;
import org.resilib.survey.answer.FormAnswers;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.web.DomainException;
import org.resilib.web.PageContext;
import org.resilib.web.QueryNumbers;
import org.resilib.web.RequestLocale;

/**
 * The survey pages: the surveys open to the reader, and a survey taken page by page with plain forms (no script
 * needed). A signed-in person's answers are kept on the server between pages; a visitor's earlier pages travel in
 * the form until the last page is submitted. Public surveys know a visitor's browser by a random token cookie, and
 * a field people never see catches form-filling robots.
 */
@Path("/surveys")
@Produces(MediaType.TEXT_HTML)
public class SurveyResource {

    /** The visitor's browser token for public surveys: random, only to refuse a second response. */
    public static final String TOKEN_COOKIE = "resilib-survey";
    /** Left empty by people (it is hidden); robots fill it. */
    static final String HONEYPOT = "website";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyService surveys;
    private final Viewer viewer;
    private final RequestLocale locale;

    SurveyResource(SurveyService surveys, Viewer viewer, RequestLocale locale) {
        this.surveys = surveys;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "survey")
    static class Templates {
        static native TemplateInstance list(List<SurveyService.Summary> surveys);

        static native TemplateInstance take(TakePage page);

        static native TemplateInstance state(SurveyService.View survey, String title, String messageKey);
    }

    @GET
    @PermitAll
    public TemplateInstance list(@RestCookie(TOKEN_COOKIE) String token) {
        return Templates.list(surveys.open(Respondent.of(viewer, token), locale.get()));
    }

    @GET
    @Path("{slug}")
    @PermitAll
    public Response page(@RestPath String slug, @RestQuery String page, @RestQuery String course,
            @RestQuery String session, @RestCookie(TOKEN_COOKIE) String token) {
        Respondent who = Respondent.of(viewer, token);
        SurveyService.View survey = surveys.view(slug, who, Subject.requested(course, session));
        survey.requireSubject();
        if (survey.state() != SurveyService.State.OPEN) {
            return Response.ok(state(survey)).build();
        }
        SurveyService.Progress progress = surveys.progress(survey, who);
        int pages = survey.definition().pages().size();
        int at = page == null ? progress.page() : QueryNumbers.positive("page", page, 1, pages) - 1;
        // Only pages whose earlier pages were answered: a later page depends on them.
        at = Math.min(at, progress.page());
        Response.ResponseBuilder r = Response.ok(take(survey, at, progress.answers(), progress.answers(),
                Map.of(), who));
        return withToken(r, who, token).build();
    }

    @POST
    @Path("{slug}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath String slug, @RestQuery String course, @RestQuery String session,
            MultivaluedMap<String, String> form, @RestCookie(TOKEN_COOKIE) String token) {
        Respondent who = Respondent.of(viewer, token);
        SurveyService.View survey = surveys.view(slug, who, Subject.requested(course, session));
        survey.requireSubject();
        if (survey.state() != SurveyService.State.OPEN) {
            return Response.status(409).entity(state(survey)).build();
        }
        String trap = form.getFirst(HONEYPOT);
        if (trap != null && !trap.isBlank()) {
            // Told nothing different from a person: a robot learns nothing from the answer.
            return Response.seeOther(PageContext.done("/surveys", "done_survey_submitted")).build();
        }
        int pages = survey.definition().pages().size();
        int at = QueryNumbers.positive("page", form.getFirst("page"), 1, pages) - 1;
        String action = form.getFirst("action");
        Map<String, Object> earlier = who.signedIn() ? surveys.progress(survey, who).answers()
                : surveys.answers(form.getFirst("carried"));
        SurveyFile.Page p = survey.definition().pages().get(at);
        List<SurveyFile.Question> shown = p.questions().stream().filter(q -> AnswerRules.visible(q, earlier))
                .toList();
        Map<String, Object> given = FormAnswers.read(shown, form);
        boolean back = "previous".equals(action) && at > 0;
        int next = back ? at - 1 : Math.min(at + 1, pages - 1);
        AnswerRules.Checked checked = surveys.savePage(survey, who, at, given, earlier, Math.max(next, at));
        Map<String, Object> all = new LinkedHashMap<>(earlier);
        p.questions().forEach(q -> all.remove(q.id()));
        all.putAll(checked.answers());
        if (back) {
            return moveTo(survey, next, all, who);
        }
        if (!checked.ok()) {
            Map<String, String> errors = new LinkedHashMap<>();
            checked.problems().forEach(pr -> errors.putIfAbsent(pr.question(), pr.code()));
            Map<String, Object> shownAgain = new LinkedHashMap<>(all);
            shownAgain.putAll(given);
            return Response.status(400).entity(take(survey, at, shownAgain, earlier, errors, who)).build();
        }
        if ("submit".equals(action) && at == pages - 1) {
            try {
                surveys.submit(slug, who, all, survey.subject());
            } catch (DomainException e) {
                if (e.status() != 400 || e.details() == null) {
                    throw e;
                }
                Map<String, String> errors = new LinkedHashMap<>();
                e.details().forEach(d -> errors.putIfAbsent(d.field().replaceFirst("^answers\\.", ""), d.code()));
                return Response.status(400).entity(take(survey, at, all, earlier, errors, who)).build();
            }
            return Response.seeOther(PageContext.done(address(survey), "done_survey_submitted")).build();
        }
        return moveTo(survey, next, all, who);
    }

    /** A signed-in person is sent to the page (their answers are kept); a visitor's page is shown with them. */
    private Response moveTo(SurveyService.View survey, int page, Map<String, Object> answers, Respondent who) {
        if (who.signedIn()) {
            String at = address(survey);
            return Response.seeOther(URI.create(at + (at.contains("?") ? "&" : "?") + "page=" + (page + 1))).build();
        }
        return Response.ok(take(survey, page, answers, answers, Map.of(), who)).build();
    }

    /** The survey's page address, with the course or session it is about for a follow-up survey. */
    static String address(SurveyService.View survey) {
        String about = survey.subject() == null ? "" : survey.subject().query();
        return "/surveys/" + survey.slug() + (about.isEmpty() ? "" : "?" + about);
    }

    private TemplateInstance take(SurveyService.View survey, int page, Map<String, Object> values,
            Map<String, Object> earlier, Map<String, String> errors, Respondent who) {
        SurveyFile.Page p = survey.definition().pages().get(page);
        List<SurveyFile.Question> shown = p.questions().stream().filter(q -> AnswerRules.visible(q, earlier))
                .toList();
        Map<String, Object> carried = new LinkedHashMap<>(earlier);
        p.questions().forEach(q -> carried.remove(q.id()));
        return Templates.take(new TakePage(survey, page, shown, values, errors,
                who.signedIn() ? null : surveys.write(carried), who.signedIn(), address(survey),
                surveys.subjectTitle(survey, locale.get()), locale.get()));
    }

    private TemplateInstance state(SurveyService.View survey) {
        return Templates.state(survey, survey.title(locale.get()), switch (survey.state()) {
            case ANSWERED -> "survey_state_answered";
            case CLOSED -> "survey_state_closed";
            case NOT_YET_OPEN -> "survey_state_not_open";
            default -> "survey_state_open";
        });
    }

    /** A visitor on a public survey gets a random browser token the first time. */
    private static Response.ResponseBuilder withToken(Response.ResponseBuilder r, Respondent who, String token) {
        if (who.signedIn() || token != null && !token.isBlank()) {
            return r;
        }
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return r.cookie(new NewCookie.Builder(TOKEN_COOKIE).value(HexFormat.of().formatHex(b)).path("/")
                .maxAge(60 * 60 * 24 * 400).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
    }
}
