package org.resilib.livesession;

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
import java.time.ZoneId;
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
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionApi {

    private final LiveSessionService sessions;
    private final Viewer viewer;
    private final RequestLocale locale;

    SessionApi(LiveSessionService sessions, Viewer viewer, RequestLocale locale) {
        this.sessions = sessions;
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
    }

    public record SeatOut(String status, Integer position) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Schedules a session, or a weekly series with weeks > 1 (returns the first, with seriesIds)")
    public Response create(SessionIn in) {
        LiveSessionService.Created c = sessions.create(input(in), actor());
        SessionOut out = out(c.first(), c.seriesIds(), c.overlaps());
        return Response.created(URI.create("/api/v1/sessions/" + c.first().id)).entity(out).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Changes a session; registrants are told")
    public SessionOut update(@RestPath long id, SessionIn in) {
        return out(sessions.update(id, input(in), actor()), null, null);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Cancels a session; registrants are told and calendars show it cancelled")
    public SessionOut cancel(@RestPath long id) {
        return out(sessions.cancel(id, actor()), null, null);
    }

    @GET
    @PermitAll
    @Operation(summary = "Sessions starting between from and to (default: the next 90 days)")
    public List<SessionOut> list(@RestQuery String from, @RestQuery String to, @RestQuery String audience,
            @RestQuery String platform) {
        Instant f = from == null ? Instant.now().minus(1, ChronoUnit.DAYS) : instant("from", from);
        Instant t = to == null ? f.plus(90, ChronoUnit.DAYS) : instant("to", to);
        if (audience != null && !SessionRules.AUDIENCES.contains(audience)) {
            throw DomainException.badRequest("audience", "invalid_audience");
        }
        if (platform != null && !SessionRules.PLATFORMS.contains(platform)) {
            throw DomainException.badRequest("platform", "session_platform_invalid");
        }
        List<LiveSession> list = sessions.upcoming(f, t, audience, platform, actor());
        List<Long> ids = list.stream().map(s -> s.id).toList();
        Map<Long, LiveSessionService.Counts> counts = sessions.counts(ids);
        Map<Long, LiveSessionService.Seat> mine = sessions.mine(ids, viewer.getId());
        return list.stream().map(s -> out(s, counts.get(s.id), mine.get(s.id), null, null)).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public SessionOut get(@RestPath long id) {
        return out(sessions.find(id, actor()), null, null);
    }

    @POST
    @Path("{id}/registrations")
    @Authenticated
    @Operation(summary = "Registers the caller: CONFIRMED or WAITLISTED with a position; again returns the same (200)")
    public Response register(@RestPath long id) {
        LiveSessionService.Seat seat = sessions.register(id, actor());
        return Response.status(seat.created() ? 201 : 200).entity(new SeatOut(seat.status(), seat.position())).build();
    }

    @DELETE
    @Path("{id}/registrations/me")
    @Authenticated
    public Response unregister(@RestPath long id) {
        sessions.unregister(id, actor());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    public List<Map<String, Object>> registrations(@RestPath long id) {
        return sessions.registrants(id, actor()).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email", r.email());
            m.put("name", r.name());
            m.put("status", r.status());
            m.put("position", r.position());
            m.put("attended", r.attended());
            return m;
        }).toList();
    }

    LiveSessionService.Actor actor() {
        return actor(viewer);
    }

    static LiveSessionService.Actor actor(Viewer viewer) {
        return new LiveSessionService.Actor(viewer.getId(), viewer.isStaff(), viewer.isInstructor(), viewer.isAdmin());
    }

    private SessionOut out(LiveSession s, List<Long> seriesIds, List<Long> overlaps) {
        var counts = sessions.counts(List.of(s.id)).get(s.id);
        var mine = sessions.mine(List.of(s.id), viewer.getId()).get(s.id);
        return out(s, counts, mine, seriesIds, overlaps);
    }

    private SessionOut out(LiveSession s, LiveSessionService.Counts counts, LiveSessionService.Seat mine,
            List<Long> seriesIds, List<Long> overlaps) {
        ZoneId zone = ZoneId.of(s.timeZone);
        boolean join = sessions.mayJoin(s, mine, actor(), Instant.now());
        boolean replay = sessions.maySeeReplay(s, mine, actor());
        return new SessionOut(s.id, s.title(locale.get()), s.description(locale.get()),
                s.startsAt.atZone(zone).toOffsetDateTime(), s.endsAt().atZone(zone).toOffsetDateTime(), s.timeZone,
                s.capacity, counts == null ? 0 : counts.confirmed(), counts == null ? 0 : counts.waitlisted(),
                s.platform, join ? s.joinUrl : null, join ? s.meetingCode : null, s.audience, s.status,
                replay ? s.recordingUrl : null, mine == null ? null : new MyRegistration(mine.status(), mine.position()),
                s.seriesId, seriesIds, overlaps);
    }

    private SessionInput input(SessionIn in) {
        if (in == null) {
            throw DomainException.badRequest("title", "required");
        }
        return new SessionInput(texts("title", in.title()), texts("description", in.description()),
                in.startsAt() == null ? null : instant("startsAt", in.startsAt()), in.timeZone(),
                in.durationMinutes(), in.capacity(), in.platform(), in.joinUrl(), in.meetingCode(), in.audience(),
                in.weeks(), in.courseSlug(),
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
