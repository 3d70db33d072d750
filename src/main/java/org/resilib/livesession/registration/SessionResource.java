package org.resilib.livesession.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.course.Audience;
import org.resilib.identity.Viewer;
import org.resilib.livesession.Actor;
import org.resilib.livesession.Audiences;
import org.resilib.livesession.Platform;
import org.resilib.livesession.SessionFollowUps;
import org.resilib.livesession.SessionView;
import org.resilib.livesession.SessionViews;
import org.resilib.web.RequestLocale;

/** Live session pages for everyone: the list, a session, and registering for it. */
@Path("/")
public class SessionResource {

    private final SessionViews views;
    private final SessionRegistrations registrations;
    private final Viewer viewer;
    private final RequestLocale locale;

    private final Instance<SessionFollowUps> followUps;

    SessionResource(SessionViews views, SessionRegistrations registrations, Viewer viewer, RequestLocale locale,
            Instance<SessionFollowUps> followUps) {
        this.followUps = followUps;
        this.views = views;
        this.registrations = registrations;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record Filter(Audience audience, Platform platform) {
    }

    @CheckedTemplate(basePath = "livesession")
    static class Templates {
        static native TemplateInstance list(List<SessionView> items, Filter filter, List<Platform> platforms,
                List<Audience> audiences);

        static native TemplateInstance detail(SessionView s, List<Long> overlaps,
                List<SessionFollowUps.Offer> offers);
    }

    public static final List<Platform> PLATFORMS = List.of(Platform.values());
    public static final List<Audience> AUDIENCES = List.of(Audience.STUDENTS, Audience.LIBRARIANS, Audience.EVERYONE);

    @GET
    @Path("sessions")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String audience, @RestQuery String platform) {
        Filter filter = new Filter(Audiences.parse("audience", audience), Platform.parse("platform", platform));
        Instant from = Instant.now().minus(3, ChronoUnit.HOURS);
        return Templates.list(views.list(from, from.plus(365, ChronoUnit.DAYS), filter.audience(), filter.platform(),
                actor()), filter, PLATFORMS, AUDIENCES);
    }

    @GET
    @Path("sessions/{id:\\d+}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@RestPath long id, @RestQuery String overlaps) {
        List<Long> o = overlaps == null || overlaps.isBlank() ? List.of()
                : Arrays.stream(overlaps.split(",")).filter(x -> x.matches("\\d{1,18}")).map(Long::valueOf)
                        .toList();
        SessionView s = views.view(id, actor());
        List<SessionFollowUps.Offer> offers = new ArrayList<>();
        if (s.attended()) {
            followUps.forEach(f -> offers.addAll(f.forAttended(viewer.requireId(), viewer.isStaff(), id,
                    locale.get())));
        }
        return Templates.detail(s, o, offers);
    }

    @POST
    @Path("sessions/{id:\\d+}/register")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestPath long id) {
        registrations.register(id, actor());
        return backTo(id);
    }

    @POST
    @Path("sessions/{id:\\d+}/register-series")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerSeries(@RestPath long id) {
        registrations.registerSeries(id, actor());
        return backTo(id);
    }

    @POST
    @Path("sessions/{id:\\d+}/unregister")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unregister(@RestPath long id) {
        registrations.unregister(id, actor());
        return backTo(id);
    }

    public static Response backTo(long id) {
        return Response.seeOther(URI.create("/sessions/" + id)).build();
    }

    private Actor actor() {
        return Actor.of(viewer, locale.get());
    }
}
