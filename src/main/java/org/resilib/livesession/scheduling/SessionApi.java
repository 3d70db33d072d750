package org.resilib.livesession.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.livesession.Actor;
import org.resilib.livesession.Audiences;
import org.resilib.livesession.Platform;
import org.resilib.livesession.Seat;
import org.resilib.livesession.SessionView;
import org.resilib.livesession.SessionViews;
import org.resilib.livesession.registration.SessionRegistrations;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionApi {

    private final SessionScheduling scheduling;
    private final SessionRegistrations registrations;
    private final SessionViews views;
    private final Viewer viewer;
    private final RequestLocale locale;

    SessionApi(SessionScheduling scheduling, SessionRegistrations registrations, SessionViews views, Viewer viewer,
            RequestLocale locale) {
        this.scheduling = scheduling;
        this.registrations = registrations;
        this.views = views;
        this.viewer = viewer;
        this.locale = locale;
    }

    public record SessionIn(JsonNode title, JsonNode description, String startsAt, String timeZone,
            Integer durationMinutes, Integer capacity, String platform, String joinUrl, String meetingCode,
            String audience, Integer weeks, String courseSlug, String registrationOpensAt,
            String registrationClosesAt) {
    }

    public record MyRegistration(String status, Integer position) {
    }

    public record SessionOut(long id, String title, String description, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String timeZone, Integer capacity, int confirmed, int waitlisted, String platform,
            String joinUrl, String meetingCode, String audience, String status, String recordingUrl,
            MyRegistration myRegistration, Long seriesId, List<Long> seriesIds, List<Long> overlapsWith) {

        /** The JSON form of a session view (already masked for the caller). */
        static SessionOut of(SessionView v, List<Long> seriesIds, List<Long> overlaps) {
            return new SessionOut(v.id(), v.title(), v.description(), v.startsAt(), v.endsAt(), v.timeZone(),
                    v.capacity(), v.confirmed(), v.waitlisted(), v.platform().key(), v.joinUrl(), v.meetingCode(),
                    v.audience().key(), v.status(), v.recordingUrl(),
                    v.mine() == null ? null : new MyRegistration(v.mine().status(), v.mine().position()),
                    v.seriesId(), seriesIds, overlaps);
        }
    }

    public record SeatOut(String status, Integer position) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Schedules a session, or a weekly series with weeks > 1 (returns the first, with seriesIds)")
    public Response create(SessionIn in) {
        SessionScheduling.Created c = scheduling.create(input(in), actor());
        return Response.created(URI.create("/api/v1/sessions/" + c.first().id()))
                .entity(SessionOut.of(c.first(), c.seriesIds(), c.overlaps())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Changes a session; registrants are told")
    public SessionOut update(@RestPath long id, SessionIn in) {
        return SessionOut.of(scheduling.update(id, input(in), actor()), null, null);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Cancels a session; registrants are told and calendars show it cancelled")
    public SessionOut cancel(@RestPath long id) {
        return SessionOut.of(scheduling.cancel(id, actor()), null, null);
    }

    @GET
    @PermitAll
    @Operation(summary = "Sessions starting between from and to (default: the next 90 days)")
    public List<SessionOut> list(@RestQuery String from, @RestQuery String to, @RestQuery String audience,
            @RestQuery String platform) {
        Instant f = from == null ? Instant.now().minus(1, ChronoUnit.DAYS) : instant("from", from);
        Instant t = to == null ? f.plus(90, ChronoUnit.DAYS) : instant("to", to);
        return views.list(f, t, Audiences.parse("audience", audience), Platform.parse("platform", platform), actor())
                .stream().map(v -> SessionOut.of(v, null, null)).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public SessionOut get(@RestPath long id) {
        return SessionOut.of(views.view(id, actor()), null, null);
    }

    @POST
    @Path("{id}/registrations")
    @Authenticated
    @Operation(summary = "Registers the caller: CONFIRMED or WAITLISTED with a position; again returns the same (200)")
    public Response register(@RestPath long id) {
        Seat seat = registrations.register(id, actor());
        return Response.status(seat.created() ? 201 : 200).entity(new SeatOut(seat.status(), seat.position())).build();
    }

    @DELETE
    @Path("{id}/registrations/me")
    @Authenticated
    public Response unregister(@RestPath long id) {
        registrations.unregister(id, actor());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public List<Map<String, Object>> registrations(@RestPath long id) {
        return registrations.registrants(id, actor()).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email", r.email());
            m.put("name", r.name());
            m.put("status", r.status());
            m.put("position", r.position());
            m.put("attended", r.attended());
            return m;
        }).toList();
    }

    private Actor actor() {
        return Actor.of(viewer, locale.get());
    }

    private SessionInput input(SessionIn in) {
        if (in == null) {
            throw DomainException.badRequest("title", "required");
        }
        return new SessionInput(texts("title", in.title()), texts("description", in.description()),
                in.startsAt() == null ? null : instant("startsAt", in.startsAt()), in.timeZone(),
                in.durationMinutes(), in.capacity(), Platform.parse("platform", in.platform()), in.joinUrl(),
                in.meetingCode(), Audiences.parse("audience", in.audience()), in.weeks(), in.courseSlug(),
                in.registrationOpensAt() == null ? null : instant("registrationOpensAt", in.registrationOpensAt()),
                in.registrationClosesAt() == null ? null : instant("registrationClosesAt", in.registrationClosesAt()));
    }

    /** A text in one language, or {"zh-CN": ..., "en": ...}. */
    private Map<String, String> texts(String field, JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.put(locale.getTag(), node.asText());
            return out;
        }
        if (!node.isObject()) {
            throw DomainException.badRequest(field, "invalid_input");
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || !e.getKey().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                throw DomainException.badRequest(field, "invalid_input");
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest(field, "session_time_invalid");
        }
    }
}
