package org.resilib.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.competency.framework.FrameworkCatalog;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.text.CsvCells;
import org.resilib.web.DomainException;
import org.resilib.web.PageContext;
import org.resilib.web.RequestLocale;

/**
 * Competency profiles (a librarian's own, or anyone's for instructors), assessments, work samples, targets and the
 * library-wide matrix.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CompetencyResource {

    private final CompetencyService service;
    private final WorkSamples samples;
    private final TargetService targets;
    private final MatrixService matrix;
    private final FrameworkCatalog catalog;
    private final Viewer viewer;
    private final RequestLocale locale;

    CompetencyResource(CompetencyService service, WorkSamples samples, TargetService targets, MatrixService matrix,
            FrameworkCatalog catalog, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.samples = samples;
        this.targets = targets;
        this.matrix = matrix;
        this.catalog = catalog;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record ProfilePage(long personId, String personName, boolean self, boolean assessor,
            List<CompetencyService.Entry> entries, List<CompetencyService.Section> sections, String error,
            Map<String, List<CompetencyService.CourseLink>> courses) {

        /** The frameworks whose rules count accepted work samples: only their competencies take a sample. */
        public List<CompetencyService.Section> sampleSections() {
            return sections.stream().filter(CompetencyService.Section::countsSamples).toList();
        }

        /** Competencies below their target, with the courses that evidence them. */
        public List<CompetencyService.Entry> gaps() {
            return entries.stream().filter(e -> e.target() != null && e.level() < e.target()).toList();
        }

        public List<CompetencyService.CourseLink> coursesFor(String code) {
            return courses.getOrDefault(code, List.of());
        }
    }

    @CheckedTemplate(basePath = "competency")
    static class Templates {
        static native TemplateInstance profile(ProfilePage page);

        static native TemplateInstance review(List<WorkSamples.Sample> samples);

        static native TemplateInstance matrix(MatrixService.Matrix matrix, MatrixPage view, Heatmap heatmap);

        static native TemplateInstance targets(List<FrameworkCatalog.FrameworkView> frameworks, String error,
                boolean saved);
    }

    @GET
    @Path("competencies/matrix")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance matrix(@RestQuery String framework,
            @RestQuery String q, @RestQuery String page) {
        MatrixService.Matrix m = matrix.matrix(framework, q, locale.get());
        MatrixPage view = MatrixPage.of(m, page);
        return Templates.matrix(m, view, Heatmap.of(m.competencies(), view.rows()));
    }

    @GET
    @Path("competencies/matrix.csv")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Produces("text/csv")
    public Response matrixCsv(@RestQuery String framework,
            @RestQuery String q) {
        MatrixService.Matrix m = matrix.matrix(framework, q, locale.get());
        CsvSchema.Builder schema = CsvSchema
                .builder().addColumn("person").addColumn("email").addColumn("code").addColumn("level")
                .addColumn("target").setUseHeader(true);
        List<List<String>> lines = new ArrayList<>();
        for (MatrixService.MatrixRow r : m.rows()) {
            for (int i = 0; i < m.competencies().size(); i++) {
                Integer t = r.targets().get(i);
                lines.add(List.of(CsvCells.safe(r.name()), CsvCells.safe(r.email()),
                        m.competencies().get(i).code(), String.valueOf(r.levels().get(i)), t == null ? "" : t.toString()));
            }
        }
        try {
            return Response.ok(new CsvMapper().writer(schema.build())
                    .writeValueAsString(lines)).type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"competency-matrix.csv\"").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("competencies/targets")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance targets(@RestQuery String saved) {
        return Templates.targets(catalog.frameworks(locale.get()), null, saved != null);
    }

    @POST
    @Path("competencies/targets")
    @RolesAllowed({Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTarget(@RestForm String email, @RestForm String role, @RestForm String code,
            @RestForm String level) {
        try {
            targets.set(new TargetForm(email, role, code, level), actor());
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.targets(catalog.frameworks(locale.get()), e.messageKey(),
                    false)).build();
        }
        return Response.seeOther(URI.create("/competencies/targets?saved=true")).build();
    }

    @GET
    @Path("me/competencies")
    @Authenticated
    public TemplateInstance mine() {
        return page(viewer.requireId(), null);
    }

    @GET
    @Path("people/{id}/competencies")
    @Authenticated
    public TemplateInstance person(@RestPath long id) {
        return page(id, null);
    }

    @POST
    @Path("people/{id}/competencies/assess")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assess(@RestPath long id, @RestForm String code, @RestForm String level, @RestForm String note) {
        try {
            service.assess(id, new AssessmentForm(code, Levels.parse(level), note), actor());
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(page(id, e.messageKey())).build();
        }
        return Response.seeOther(PageContext.done("/people/" + id + "/competencies", "done_assessment_saved")).build();
    }

    @POST
    @Path("me/competencies/samples")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitSample(@RestForm String code, @RestForm String url, @RestForm String note) {
        try {
            samples.submit(new WorkSampleForm(code, url, note), actor());
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(page(viewer.requireId(), e.messageKey())).build();
        }
        return Response.seeOther(PageContext.done("/me/competencies", "done_sample_submitted")).build();
    }

    @GET
    @Path("competencies/review")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance review() {
        return Templates.review(samples.toReview());
    }

    @POST
    @Path("competencies/review/{id}")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviewSample(@RestPath long id, @RestForm String decision, @RestForm String note) {
        boolean accepted = "accept".equals(decision);
        samples.review(id, accepted, note, actor());
        return Response.seeOther(PageContext.done("/competencies/review", accepted ? "done_sample_accepted"
                : "done_sample_returned")).build();
    }

    private TemplateInstance page(long id, String error) {
        CompetencyService.ProfileView p = service.profilePage(id, actor(), locale.get());
        return Templates.profile(new ProfilePage(id, p.personName(), id == viewer.requireId(), viewer.isInstructor(),
                p.entries(), p.sections(), error, p.courses()));
    }

    private Actor actor() {
        return Actor.of(viewer);
    }
}
