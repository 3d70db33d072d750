package org.resilib.quiz.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.course.Courses;
import org.resilib.course.VisibleCourse;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.quiz.bank.QuestionBank;
import org.resilib.quiz.report.QuizReports;
import org.resilib.quiz.QuizService;
import org.resilib.quiz.QuizViews;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/** For instructors: every attempt of a course's quiz, CSV export, manual grading and item statistics. */
@Path("/")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class QuizInstructorResource {

    private final QuizReports reports;
    private final QuestionBank bank;
    private final QuizService quizzes;
    private final GradingService grading;
    private final Validator validator;
    private final Courses courses;
    private final Viewer viewer;
    private final RequestLocale locale;

    QuizInstructorResource(QuizReports reports, QuestionBank bank, QuizService quizzes, GradingService grading,
            Validator validator, Courses courses, Viewer viewer, RequestLocale locale) {
        this.reports = reports;
        this.bank = bank;
        this.quizzes = quizzes;
        this.grading = grading;
        this.validator = validator;
        this.courses = courses;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "quiz")
    static class Templates {
        static native TemplateInstance attempts(String courseSlug, String courseTitle, List<QuizReports.Row> rows,
                List<QuizReports.ItemRow> items);

        static native TemplateInstance grade(QuizViews.Attempt attempt, String error);

        static native TemplateInstance questions(String courseSlug, String courseTitle,
                List<QuestionBank.BankEntry> entries);
    }

    @GET
    @Path("courses/{slug}/quiz/questions")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance questions(@RestPath String slug) {
        VisibleCourse c = courses.courseFor(slug, viewer);
        return Templates.questions(c.slug(), c.title(locale.get()), bank.entries(c.id()));
    }

    @GET
    @Path("courses/{slug}/quiz/export.gift")
    @Produces("text/plain")
    public Response exportGift(@RestPath String slug) {
        VisibleCourse c = courses.courseFor(slug, viewer);
        return Response.ok(bank.exportGift(c.id())).type("text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + c.slug() + ".gift\"").build();
    }

    @GET
    @Path("courses/{slug}/quiz/attempts")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance attempts(@RestPath String slug) {
        VisibleCourse c = courses.courseFor(slug, viewer);
        QuizReports.Overview overview = reports.overview(c.id(), zone(), locale.get());
        return Templates.attempts(c.slug(), c.title(locale.get()), overview.attempts(), overview.items());
    }

    @GET
    @Path("courses/{slug}/quiz/attempts.csv")
    @Produces("text/csv")
    public Response csv(@RestPath String slug) {
        VisibleCourse c = courses.courseFor(slug, viewer);
        return Response.ok(reports.csv(c.id(), zone()))
                .header("Content-Disposition", "attachment; filename=\"" + c.slug() + "-attempts.csv\"")
                .type("text/csv; charset=UTF-8").build();
    }

    @GET
    @Path("attempts/{id}/grade")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance gradeForm(@RestPath long id) {
        return Templates.grade(quizzes.view(id, actor(), locale.get()), null);
    }

    @POST
    @Path("attempts/{id}/grade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response grade(@RestPath long id, MultivaluedMap<String, String> form) {
        GradeForm grades = GradeForm.read(form);
        FormErrors errors = FormErrors.of(validator.validate(grades));
        if (!errors.isEmpty()) {
            QuizViews.Attempt a = quizzes.view(id, actor(), locale.get());
            return Response.status(400).entity(Templates.grade(a, errors.getAll().values().iterator().next()))
                    .build();
        }
        GradingService.Result result = grading.grade(id, grades, actor(), locale.get());
        if (!result.ok()) {
            return Response.status(result.status()).entity(Templates.grade(result.refused(), result.error())).build();
        }
        return Response.seeOther(URI.create("/courses/" + result.courseSlug() + "/quiz/attempts")).build();
    }

    private ZoneId zone() {
        return viewer.getZone();
    }

    private QuizService.Actor actor() {
        return new QuizService.Actor(viewer.requireId(), viewer.isInstructor());
    }
}
