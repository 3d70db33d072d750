package org.resilib.livesession;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.config.ResilibConfig;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.RequestLocale;

/** Live session pages: the list, a session, scheduling, attendance, and calendar files. */
@Path("/")
public class SessionResource {

    private final LiveSessionService sessions;
    private final CalendarTokens tokens;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final String baseUrl;

    SessionResource(LiveSessionService sessions, CalendarTokens tokens, Viewer viewer, RequestLocale locale,
            ResilibConfig config) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.viewer = viewer;
        this.locale = locale;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    public record Item(long id, String title, String description, String when, String timeZone, int minutes,
            String platform, String audience, Integer capacity, int confirmed, int waitlisted, String status,
            String myStatus, Integer myPosition, String joinUrl, String meetingCode, String recordingUrl,
            boolean organiser, boolean past, boolean series) {
        public boolean cancelled() {
            return LiveSession.CANCELLED.equals(status);
        }

        public boolean full() {
            return capacity != null && confirmed >= capacity;
        }
    }

    public record Filter(String audience, String platform) {
    }

    public record FormView(Long id, Map<String, String> values, String error, String errorField) {
        public String v(String key) {
            return values.getOrDefault(key, "");
        }

        public boolean invalid(String field) {
            return field.equals(errorField);
        }
    }

    public record Attendance(Item session, List<LiveSessionService.Registrant> registrants,
            LiveSessionService.ImportReport report) {
    }

    @CheckedTemplate(basePath = "livesession")
    static class Templates {
        static native TemplateInstance list(List<Item> items, Filter filter, List<String> platforms,
                List<String> audiences);

        static native TemplateInstance detail(Item s, List<Long> overlaps);

        static native TemplateInstance form(FormView form, List<String> platforms, List<String> audiences);

        static native TemplateInstance attendance(Attendance view);

        static native TemplateInstance calendar(String feedUrl, boolean hasToken);
    }

    static final List<String> PLATFORMS = List.of("tencent-meeting", "rain-classroom", "zoom", "bigbluebutton", "teams",
            "in-person", "other");
    static final List<String> AUDIENCES = List.of("students", "librarians", "everyone");

    @GET
    @Path("sessions")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String audience, @RestQuery String platform) {
        String a = audience == null || audience.isBlank() ? null : audience;
        String p = platform == null || platform.isBlank() ? null : platform;
        if (a != null && !SessionRules.AUDIENCES.contains(a)) {
            throw DomainException.badRequest("audience", "invalid_audience");
        }
        if (p != null && !SessionRules.PLATFORMS.contains(p)) {
            throw DomainException.badRequest("platform", "session_platform_invalid");
        }
        Instant from = Instant.now().minus(3, ChronoUnit.HOURS);
        List<LiveSession> list = sessions.upcoming(from, from.plus(365, ChronoUnit.DAYS), a, p, actor());
        List<Long> ids = list.stream().map(s -> s.id).toList();
        var counts = sessions.counts(ids);
        var mine = sessions.mine(ids, viewer.getId());
        return Templates.list(list.stream().map(s -> item(s, counts.get(s.id), mine.get(s.id))).toList(),
                new Filter(a, p), PLATFORMS, AUDIENCES);
    }

    @GET
    @Path("sessions/{id:\\d+}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@RestPath long id, @RestQuery String overlaps) {
        List<Long> o = overlaps == null || overlaps.isBlank() ? List.of()
                : Arrays.stream(overlaps.split(",")).filter(x -> x.matches("\\d{1,18}")).map(Long::valueOf)
                        .toList();
        return Templates.detail(item(sessions.find(id, actor())), o);
    }

    @GET
    @Path("sessions/{id:\\d+}.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response ics(@RestPath long id) {
        LiveSession s = sessions.find(id, actor());
        return Response.ok(CalendarFeed.write(List.of(s), baseUrl, locale.get(), null, false))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"").build();
    }

    @POST
    @Path("sessions/{id:\\d+}/register")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestPath long id) {
        sessions.register(id, actor());
        return Response.seeOther(URI.create("/sessions/" + id)).build();
    }

    @POST
    @Path("sessions/{id:\\d+}/register-series")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerSeries(@RestPath long id) {
        sessions.registerSeries(id, actor());
        return Response.seeOther(URI.create("/sessions/" + id)).build();
    }

    @POST
    @Path("sessions/{id:\\d+}/unregister")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unregister(@RestPath long id) {
        sessions.unregister(id, actor());
        return Response.seeOther(URI.create("/sessions/" + id)).build();
    }

    // ---- organisers ---------------------------------------------------------------------------------------------

    @GET
    @Path("sessions/new")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("timeZone", viewer.getZone().getId());
        defaults.put("durationMinutes", "60");
        defaults.put("platform", "tencent-meeting");
        defaults.put("audience", "everyone");
        defaults.put("weeks", "1");
        return Templates.form(new FormView(null, defaults, null, null), PLATFORMS, AUDIENCES);
    }

    @POST
    @Path("sessions/new")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        try {
            LiveSessionService.Created c = sessions.create(input(form), actor());
            String overlaps = String.join(",", c.overlaps().stream().map(String::valueOf).toList());
            return Response.seeOther(URI.create("/sessions/" + c.first().id
                    + (overlaps.isEmpty() ? "" : "?overlaps=" + overlaps))).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.form(new FormView(null, values(form),
                    e.messageKey(), e.field()), PLATFORMS, AUDIENCES)).build();
        }
    }

    @GET
    @Path("sessions/{id:\\d+}/edit")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@RestPath long id) {
        LiveSession s = sessions.find(id, actor());
        if (!LiveSessionService.mayOrganise(s, actor())) {
            throw DomainException.forbidden("forbidden");
        }
        ZoneId zone = ZoneId.of(s.timeZone);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title_zh", s.title.getOrDefault("zh-CN", ""));
        v.put("title_en", s.title.getOrDefault("en", ""));
        v.put("description_zh", s.description.getOrDefault("zh-CN", ""));
        v.put("description_en", s.description.getOrDefault("en", ""));
        v.put("start", LocalDateTime.ofInstant(s.startsAt, zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        v.put("timeZone", s.timeZone);
        v.put("durationMinutes", String.valueOf(s.durationMinutes));
        v.put("capacity", s.capacity == null ? "" : String.valueOf(s.capacity));
        v.put("platform", s.platform);
        v.put("joinUrl", s.joinUrl == null ? "" : s.joinUrl);
        v.put("meetingCode", s.meetingCode == null ? "" : s.meetingCode);
        v.put("audience", s.audience);
        v.put("recordingUrl", s.recordingUrl == null ? "" : s.recordingUrl);
        v.put("courseSlug", sessions.courseSlug(s));
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        v.put("registrationOpens", s.registrationOpensAt == null ? "" : LocalDateTime.ofInstant(s.registrationOpensAt, zone).format(local));
        v.put("registrationCloses", s.registrationClosesAt == null ? "" : LocalDateTime.ofInstant(s.registrationClosesAt, zone).format(local));
        return Templates.form(new FormView(id, v, null, null), PLATFORMS, AUDIENCES);
    }

    @POST
    @Path("sessions/{id:\\d+}/edit")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@RestPath long id, MultivaluedMap<String, String> form) {
        try {
            sessions.update(id, input(form), actor());
            sessions.setRecording(id, form.getFirst("recordingUrl"), actor());
            return Response.seeOther(URI.create("/sessions/" + id)).build();
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.form(new FormView(id, values(form), e.messageKey(),
                    e.field()), PLATFORMS, AUDIENCES)).build();
        }
    }

    @POST
    @Path("sessions/{id:\\d+}/cancel")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath long id) {
        sessions.cancel(id, actor());
        return Response.seeOther(URI.create("/sessions/" + id)).build();
    }

    @GET
    @Path("sessions/{id:\\d+}/attendance")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance attendance(@RestPath long id) {
        return Templates.attendance(new Attendance(item(sessions.find(id, actor())), sessions.registrants(id, actor()),
                null));
    }

    @POST
    @Path("sessions/{id:\\d+}/attendance")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAttendance(@RestPath long id, @RestForm List<Long> attended) {
        Set<Long> people = attended == null ? Set.of() : new HashSet<>(attended);
        sessions.markAttendance(id, people, "manual", actor());
        return Response.seeOther(URI.create("/sessions/" + id + "/attendance")).build();
    }

    @POST
    @Path("sessions/{id:\\d+}/attendance/import")
    @RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance importAttendance(@RestPath long id, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0 || file.size() > 2 * 1024 * 1024) {
            throw DomainException.badRequest("file", "import_file_missing");
        }
        String text;
        try {
            text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DomainException.badRequest("file", "import_not_utf8");
        }
        LiveSessionService.ImportReport report = sessions.importAttendance(id, text, actor());
        return Templates.attendance(new Attendance(item(sessions.find(id, actor())), sessions.registrants(id, actor()),
                report));
    }

    // ---- personal calendar feed -------------------------------------------------------------------------------

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
        String token = tokens.reset(viewer.requireId());
        return Templates.calendar(baseUrl + "/me/calendar.ics?token=" + token, true);
    }

    @GET
    @Path("me/calendar.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response feed(@RestQuery String token) {
        long person = tokens.owner(token).orElseThrow(() -> DomainException.notFound("page"));
        return Response.ok(CalendarFeed.write(sessions.registeredSessions(person), baseUrl, locale.get(), "Resilib",
                false)).type("text/calendar; charset=UTF-8").build();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Item item(LiveSession s) {
        return item(s, sessions.counts(List.of(s.id)).get(s.id), sessions.mine(List.of(s.id), viewer.getId()).get(s.id));
    }

    private Item item(LiveSession s, LiveSessionService.Counts counts, LiveSessionService.Seat mine) {
        ZoneId zone = viewer.getZone();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(s.startsAt) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(s.endsAt()) + " (" + zone.getId() + ")";
        boolean join = sessions.mayJoin(s, mine, actor(), Instant.now());
        return new Item(s.id, s.title(locale.get()), s.description(locale.get()), when, s.timeZone, s.durationMinutes,
                s.platform, s.audience, s.capacity, counts == null ? 0 : counts.confirmed(),
                counts == null ? 0 : counts.waitlisted(), s.status, mine == null ? null : mine.status(),
                mine == null ? null : mine.position(), join ? s.joinUrl : null, join ? s.meetingCode : null,
                sessions.maySeeReplay(s, mine, actor()) ? s.recordingUrl : null,
                LiveSessionService.mayOrganise(s, actor()), s.endsAt().isBefore(Instant.now()), s.seriesId != null);
    }

    private SessionInput input(MultivaluedMap<String, String> form) {
        ZoneId zone = SessionRules.zone(form.getFirst("timeZone"));
        Instant start;
        try {
            start = LocalDateTime.parse(form.getFirst("start") == null ? "" : form.getFirst("start")).atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest("start", "session_time_invalid");
        }
        Map<String, String> title = new LinkedHashMap<>();
        putIf(title, "zh-CN", form.getFirst("title_zh"));
        putIf(title, "en", form.getFirst("title_en"));
        Map<String, String> description = new LinkedHashMap<>();
        putIf(description, "zh-CN", form.getFirst("description_zh"));
        putIf(description, "en", form.getFirst("description_en"));
        return new SessionInput(title, description, start, zone.getId(), number("durationMinutes", form),
                number("capacity", form), form.getFirst("platform"), form.getFirst("joinUrl"),
                form.getFirst("meetingCode"), form.getFirst("audience"), number("weeks", form),
                form.getFirst("courseSlug"), local("registrationOpens", form, zone),
                local("registrationCloses", form, zone));
    }

    /** An optional local date-time field, read in the session's zone. */
    private static Instant local(String field, MultivaluedMap<String, String> form, ZoneId zone) {
        String v = form.getFirst(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest(field, "session_time_invalid");
        }
    }

    private static Integer number(String field, MultivaluedMap<String, String> form) {
        String v = form.getFirst(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw DomainException.badRequest(field, "invalid_input");
        }
    }

    private static void putIf(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> v = new LinkedHashMap<>();
        form.forEach((k, list) -> {
            if (!k.equals("csrf-token") && !list.isEmpty()) {
                v.put(k, list.get(0));
            }
        });
        return v;
    }

    private LiveSessionService.Actor actor() {
        return SessionApi.actor(viewer);
    }
}
