package org.resilib.livesession.attendance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.livesession.Actor;
import org.resilib.identity.Viewer;
import org.resilib.web.PageContext;
import org.resilib.web.RequestLocale;

/** The organisers' attendance sheet: ticked by hand or read from a meeting platform's participant export. */
@Path("/")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class AttendanceResource {

    private final SessionAttendance attendance;
    private final Viewer viewer;
    private final RequestLocale locale;

    AttendanceResource(SessionAttendance attendance, Viewer viewer, RequestLocale locale) {
        this.attendance = attendance;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "livesession")
    static class Templates {
        static native TemplateInstance attendance(SessionAttendance.Sheet view);
    }

    @GET
    @Path("sessions/{id:\\d+}/attendance")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sheet(@RestPath long id) {
        return Templates.attendance(attendance.sheet(id, actor()));
    }

    @POST
    @Path("sessions/{id:\\d+}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(@RestPath long id, @Valid @BeanParam AttendanceForm form) {
        attendance.mark(id, form.people(), actor());
        return Response.seeOther(PageContext.done("/sessions/" + id + "/attendance", "done_attendance_saved"))
                .build();
    }

    @POST
    @Path("sessions/{id:\\d+}/attendance/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance importList(@RestPath long id, @BeanParam AttendanceImportForm form) {
        return Templates.attendance(attendance.importList(id, form.text(), actor()));
    }

    private Actor actor() {
        return Actor.of(viewer, locale.get());
    }
}
