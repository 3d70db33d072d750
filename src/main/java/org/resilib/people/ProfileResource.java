package org.resilib.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;

/** The signed-in person's own settings: name, language and the time zone in which times are shown. */
@Path("/me/profile")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProfileResource {

    static final List<String> COMMON_ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo",
            "Asia/Singapore", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles",
            "Australia/Sydney", "UTC");
    private final PeopleService people;
    private final Viewer viewer;

    ProfileResource(PeopleService people, Viewer viewer) {
        this.people = people;
        this.viewer = viewer;
    }

    public record Profile(String displayName, String locale, String timeZone, List<String> zones, FormErrors errors,
            boolean saved) {
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance profile(Profile profile);
    }

    @GET
    public TemplateInstance page(@RestQuery String saved) {
        Person p = people.find(viewer.requireId());
        return Templates.profile(new Profile(p.displayName, p.locale, p.timeZone, COMMON_ZONES, FormErrors.none(),
                saved != null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String displayName, @RestForm String locale, @RestForm String timeZone) {
        try {
            people.updateProfile(viewer.requireId(), displayName, locale, timeZone);
            return Response.seeOther(URI.create("/me/profile?saved=true")).build();
        } catch (DomainException e) {
            FormErrors errors = FormErrors.none().add(e.field(), e.messageKey());
            return Response.status(400).entity(Templates.profile(new Profile(displayName, locale, timeZone,
                    COMMON_ZONES, errors, false))).build();
        }
    }
}
