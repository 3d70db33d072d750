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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.text.CsvCells;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** Competency profiles (a librarian's own, or anyone's for instructors), assessments and work samples. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CompetencyResource {

    private final CompetencyService service;
    private final Viewer viewer;
    private final RequestLocale locale;

    CompetencyResource(CompetencyService service, Viewer viewer, RequestLocale locale) {
        this.service = service;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record ProfilePage(long personId, String personName, boolean self, boolean assessor,
            List<CompetencyService.Entry> entries, List<CompetencyService.FrameworkView> frameworks, String error,
            Map<String, List<String[]>> courses) {
        /** Competencies below their target, with the courses that evidence them. */
        public List<CompetencyService.Entry> gaps() {
            return entries.stream().filter(e -> e.target() != null && e.level() < e.target()).toList();
        }

        public List<String[]> coursesFor(String code) {
            return courses.getOrDefault(code, List.of());
        }
    }

    @CheckedTemplate(basePath = "competency")
    static class Templates {
        static native TemplateInstance profile(ProfilePage page);

        static native TemplateInstance review(List<CompetencyService.Sample> samples);

        static native TemplateInstance matrix(CompetencyService.Matrix matrix, MatrixPage view, Heatmap heatmap);

        static native TemplateInstance targets(List<CompetencyService.FrameworkView> frameworks, String error,
                boolean saved);

        static native TemplateInstance teams(TeamsPage page);
    }

    public record TeamsPage(List<CompetencyService.FrameworkView> frameworks, TeamBuilder.Proposal proposal,
            List<CompetencyService.TeamView> teams, List<String> duties, String error, boolean saved) {
        public List<Integer> rows() {
            return List.of(0, 1, 2, 3, 4);
        }
    }

    @GET
    @Path("competencies/teams")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance teams(@RestQuery String saved) {
        return Templates.teams(new TeamsPage(service.frameworks(locale.get()), null, service.teams(),
                CompetencyService.DUTIES, null, saved != null));
    }

    @POST
    @Path("competencies/teams/propose")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(MultivaluedMap<String, String> form) {
        List<TeamBuilder.Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String code = form.getFirst("code" + i);
            Integer level = parse(form.getFirst("level" + i));
            if (code != null && !code.isBlank()) {
                requirements.add(new TeamBuilder.Requirement(code, level == null ? 0 : level));
            }
        }
        try {
            TeamBuilder.Proposal p = service.proposeTeam(requirements, parse(form.getFirst("size")), actor(),
                    locale.get());
            return Response.ok(Templates.teams(new TeamsPage(service.frameworks(locale.get()), p, service.teams(),
                    CompetencyService.DUTIES, null, false))).build();
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.teams(new TeamsPage(service.frameworks(locale.get()), null,
                    service.teams(), CompetencyService.DUTIES, e.messageKey(), false))).build();
        }
    }

    @POST
    @Path("competencies/teams")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTeam(MultivaluedMap<String, String> form) {
        Map<Long, String> duties = new LinkedHashMap<>();
        for (String member : form.getOrDefault("member", List.of())) {
            if (member.matches("\\d{1,18}")) {
                duties.put(Long.valueOf(member), form.getFirst("duty-" + member));
            }
        }
        try {
            service.saveTeam(form.getFirst("name"), duties, actor());
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.teams(new TeamsPage(service.frameworks(locale.get()), null,
                    service.teams(), CompetencyService.DUTIES, e.messageKey(), false))).build();
        }
        return Response.seeOther(URI.create("/competencies/teams?saved=true")).build();
    }

    @GET
    @Path("competencies/matrix")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance matrix(@RestQuery String framework,
            @RestQuery String q, @RestQuery String page) {
        CompetencyService.Matrix m = service.matrix(framework(framework), q, locale.get());
        MatrixPage view = MatrixPage.of(m, page);
        return Templates.matrix(m, view, Heatmap.of(m.competencies(), view.rows()));
    }

    @GET
    @Path("competencies/matrix.csv")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Produces("text/csv")
    public Response matrixCsv(@RestQuery String framework,
            @RestQuery String q) {
        CompetencyService.Matrix m = service.matrix(framework(framework), q, locale.get());
        CsvSchema.Builder schema = CsvSchema
                .builder().addColumn("person").addColumn("email").addColumn("code").addColumn("level")
                .addColumn("target").setUseHeader(true);
        List<List<String>> lines = new ArrayList<>();
        for (CompetencyService.MatrixRow r : m.rows()) {
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
        return Templates.targets(service.frameworks(locale.get()), null, saved != null);
    }

    @POST
    @Path("competencies/targets")
    @RolesAllowed({Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTarget(@RestForm String email, @RestForm String role, @RestForm String code,
            @RestForm String level) {
        try {
            service.setTarget(email, role, code, parse(level), actor());
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.targets(service.frameworks(locale.get()), e.messageKey(),
                    false)).build();
        }
        return Response.seeOther(URI.create("/competencies/targets?saved=true")).build();
    }

    private static String framework(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        if (!FrameworkLoader.SLUG.matcher(slug).matches()) {
            throw DomainException.badRequest("framework", "invalid_input");
        }
        return slug;
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
            service.assess(id, code, parse(level), note, actor());
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(page(id, e.messageKey())).build();
        }
        return Response.seeOther(URI.create("/people/" + id + "/competencies")).build();
    }

    @POST
    @Path("me/competencies/samples")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitSample(@RestForm String code, @RestForm String url, @RestForm String note) {
        try {
            service.submitSample(code, url, note, actor());
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(page(viewer.requireId(), e.messageKey())).build();
        }
        return Response.seeOther(URI.create("/me/competencies")).build();
    }

    @GET
    @Path("competencies/review")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance review() {
        return Templates.review(service.samplesToReview());
    }

    @POST
    @Path("competencies/review/{id}")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviewSample(@RestPath long id, @RestForm String decision, @RestForm String note) {
        service.reviewSample(id, "accept".equals(decision), note, actor());
        return Response.seeOther(URI.create("/competencies/review")).build();
    }

    private TemplateInstance page(long id, String error) {
        List<CompetencyService.Entry> entries = service.profile(id, actor(), locale.get());
        String name = service.personName(id);
        return Templates.profile(new ProfilePage(id, name, id == viewer.requireId(), viewer.isInstructor(), entries,
                service.frameworks(locale.get()), error, service.coursesFor(locale.get())));
    }

    private static Integer parse(String level) {
        try {
            return level == null ? null : Integer.valueOf(level.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private CompetencyService.Actor actor() {
        return CompetencyService.Actor.of(viewer);
    }
}
