package org.resilib.livesession.calendar;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.web.RequestLocale;

/** Calendar files: a session's .ics, and the personal feed with its resettable secret link. */
@Path("/")
public class CalendarResource {

    private final CalendarFiles files;
    private final CalendarTokens tokens;
    private final Viewer viewer;
    private final RequestLocale locale;

    CalendarResource(CalendarFiles files, CalendarTokens tokens, Viewer viewer, RequestLocale locale) {
        this.files = files;
        this.tokens = tokens;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "livesession")
    static class Templates {
        static native TemplateInstance calendar(String feedUrl, boolean hasToken);
    }

    @GET
    @Path("sessions/{id:\\d+}.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response ics(@RestPath long id) {
        return Response.ok(files.session(id, locale.get())).type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"").build();
    }

    @GET
    @Path("me/calendar")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance calendar() {
        return Templates.calendar(null, tokens.has(viewer.requireId()));
    }

    @POST
    @Path("me/calendar/reset")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance resetCalendar() {
        return Templates.calendar(files.resetLink(viewer.requireId()), true);
    }

    @GET
    @Path("me/calendar.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response feed(@RestQuery String token) {
        return Response.ok(files.feed(token, locale.get())).type("text/calendar; charset=UTF-8").build();
    }
}
