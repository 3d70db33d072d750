package org.resilib.livesession.scheduling;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.course.Audience;
import org.resilib.course.CourseAuthorship;
import org.resilib.course.CourseStatus;
import org.resilib.course.CourseSummaries;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.livesession.Actor;
import org.resilib.livesession.Platform;
import org.resilib.livesession.registration.SessionResource;
import org.resilib.time.Zones;
import org.resilib.web.Confirmation;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.PageContext;
import org.resilib.web.RequestLocale;

/** The organisers' pages: scheduling a session or a series, editing and cancelling it. */
@Path("/")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class SchedulingResource {

    private final SessionScheduling scheduling;
    private final Validator validator;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final CourseSummaries courses;
    private final CourseAuthorship authorship;

    SchedulingResource(SessionScheduling scheduling, Validator validator, Viewer viewer, RequestLocale locale,
            CourseSummaries courses, CourseAuthorship authorship) {
        this.scheduling = scheduling;
        this.courses = courses;
        this.authorship = authorship;
        this.validator = validator;
        this.viewer = viewer;
        this.locale = locale;
    }

    /**
     * The form's values, its errors (by input), and the courses a session may be linked to; the first error is
     * also named above the form, by the input's label.
     */
    public record FormView(Long id, Map<String, String> values, FormErrors errors,
            List<CourseSummaries.Summary> mine, List<CourseSummaries.Published> courses) {
        public String v(String key) {
            return values.getOrDefault(key, "");
        }

        public String error() {
            return errors.isEmpty() ? null : errors.getAll().values().iterator().next();
        }

        public String errorField() {
            return errors.isEmpty() ? null : errors.getAll().keySet().iterator().next();
        }

        /** The zone names the time zone input suggests. */
        public List<String> zones() {
            return Zones.REGIONS;
        }

        /** The label of the input at fault (an {@code ls:} key), or null. */
        public String errorLabelKey() {
            return SessionForm.labelKey(errorField());
        }

        public boolean invalid(String field) {
            return errors.has(field);
        }

        /** The published courses the organiser does not author, offered after their own. */
        public List<CourseSummaries.Published> others() {
            return courses.stream().filter(c -> mine.stream().noneMatch(m -> m.slug().equals(c.slug()))).toList();
        }

        /** The linked course, when it is not one of those offered (not published any more): kept as it is. */
        public String otherCourse() {
            String slug = v("courseSlug").strip();
            return slug.isEmpty() || courses.stream().anyMatch(c -> c.slug().equals(slug))
                    || mine.stream().anyMatch(c -> c.slug().equals(slug)) ? null : slug;
        }
    }

    @CheckedTemplate(basePath = "livesession")
    static class Templates {
        static native TemplateInstance form(FormView form, List<Platform> platforms, List<Audience> audiences);
    }

    @GET
    @Path("sessions/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm() {
        return form(null, SessionForm.defaults(viewer.getZone()), FormErrors.none());
    }

    @POST
    @Path("sessions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam SessionForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                SessionScheduling.Created c = scheduling.create(form.toInput(), actor());
                String overlaps = String.join(",", c.overlaps().stream().map(String::valueOf).toList());
                return Response.seeOther(URI.create("/sessions/" + c.first().id()
                        + (overlaps.isEmpty() ? "" : "?overlaps=" + overlaps))).build();
            } catch (DomainException e) {
                return Response.status(e.status())
                        .entity(form(null, form, errors.add(SessionForm.input(e.field()), e.messageKey()))).build();
            }
        }
        return Response.status(400).entity(form(null, form, errors)).build();
    }

    @GET
    @Path("sessions/{id:\\d+}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@RestPath long id) {
        return form(id, scheduling.form(id, actor()), FormErrors.none());
    }

    @POST
    @Path("sessions/{id:\\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@RestPath long id, @BeanParam SessionForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                scheduling.update(id, form.toInput(), form.recordingUrl(), actor());
                return SessionResource.backTo(id);
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                return Response.status(e.status())
                        .entity(form(id, form, errors.add(SessionForm.input(e.field()), e.messageKey()))).build();
            }
        }
        return Response.status(400).entity(form(id, form, errors)).build();
    }

    @POST
    @Path("sessions/{id:\\d+}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath long id, @RestForm(Confirmation.FIELD) String confirm) {
        if (!Confirmation.confirmed(confirm)) {
            return Confirmation.of("confirm_cancel_session", "confirm_cancel_session_effect",
                    "confirm_yes_cancel_session", "/sessions/" + id + "/cancel", "/sessions/" + id).ask();
        }
        scheduling.cancel(id, actor());
        return Response.seeOther(PageContext.done("/sessions/" + id, "done_session_cancelled")).build();
    }

    private TemplateInstance form(Long id, SessionForm form, FormErrors errors) {
        Locale l = locale.get();
        List<CourseSummaries.Summary> mine = courses.byIds(authorship.authoredBy(viewer.requireId()), l).stream()
                .filter(c -> !CourseStatus.ARCHIVED.key().equals(c.status())).toList();
        return Templates.form(new FormView(id, form.values(), errors, mine, courses.published(l)),
                SessionResource.PLATFORMS, SessionResource.AUDIENCES);
    }

    private Actor actor() {
        return Actor.of(viewer, locale.get());
    }
}
