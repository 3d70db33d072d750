package org.resilib.consult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.people.PeopleDirectory;
import org.resilib.time.DateTimes;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;

/**
 * The desk's service calendar: opening hours per weekday, closed days and the duty rota, in the service's zone;
 * librarians and admins keep it. Its own class path, since {@code /desk} belongs to {@link DeskResource}.
 */
@Path("/desk/service")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class ServiceResource {

    /** One weekday's row of the hours form: its number (1 Monday), message and hours (empty when closed). */
    public record Day(int number, String labelKey, String opens, String closes) {
        public String opensName() {
            return "opens-" + number;
        }

        public String closesName() {
            return "closes-" + number;
        }
    }

    /** A shift as shown. */
    public record ShiftRow(long id, String name, String start, String end, boolean now) {
    }

    public record ServicePage(String zone, boolean openNow, List<Long> onDuty, List<Day> week,
            List<ServiceCalendar.ClosedDay> closedDays, List<ShiftRow> shifts,
            List<PeopleDirectory.Contact> colleagues, FormErrors errors) {
        public int onDutyCount() {
            return onDuty.size();
        }
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance service(ServicePage page);
    }

    private final ServiceCalendar calendar;
    private final DutyRota rota;
    private final Colleagues colleagues;
    private final Viewer viewer;

    ServiceResource(ServiceCalendar calendar, DutyRota rota, Colleagues colleagues, Viewer viewer) {
        this.calendar = calendar;
        this.rota = rota;
        this.colleagues = colleagues;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance page() {
        return Templates.service(page(FormErrors.none()));
    }

    @POST
    @Path("hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hours(MultivaluedMap<String, String> form) {
        return act(() -> {
            Map<DayOfWeek, ServiceHours.Opening> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                LocalTime opens = time(form.getFirst("opens-" + day.getValue()), "opens-" + day.getValue());
                LocalTime closes = time(form.getFirst("closes-" + day.getValue()), "closes-" + day.getValue());
                if (opens != null || closes != null) {
                    week.put(day, new ServiceHours.Opening(opens, closes));
                }
            }
            calendar.setWeek(week);
        });
    }

    @POST
    @Path("closed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closedDay(@RestForm String day, @RestForm String label) {
        return act(() -> calendar.addClosedDay(date(day), label));
    }

    @POST
    @Path("closed/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeClosedDay(@RestForm String day) {
        return act(() -> calendar.removeClosedDay(date(day)));
    }

    /** A shift from a moment to a moment in the service's zone, or a whole day from its start ("24 hours"). */
    @POST
    @Path("shifts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addShift(@RestForm String person, @RestForm String start, @RestForm String end,
            @RestForm String allDay) {
        return act(() -> {
            long who;
            try {
                who = Long.parseLong(person == null ? "" : person.strip());
            } catch (NumberFormatException e) {
                throw DomainException.badRequest("person", "consult_error_assignee");
            }
            Instant from = moment(start, "start");
            Instant to = "true".equals(allDay) && from != null ? from.plus(Duration.ofHours(24))
                    : moment(end, "end");
            rota.add(who, from, to, viewer.requireId());
        });
    }

    @POST
    @Path("shifts/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeShift(@RestPath long id) {
        return act(() -> rota.remove(id));
    }

    private Response act(Runnable change) {
        try {
            change.run();
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.service(page(FormErrors.of(e)))).build();
        }
        return Response.seeOther(URI.create("/desk/service")).build();
    }

    private ServicePage page(FormErrors errors) {
        Instant now = Instant.now();
        ServiceHours hours = calendar.hours();
        List<Day> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            ServiceHours.Opening o = hours.week().get(day);
            week.add(new Day(day.getValue(), "consult_weekday_" + day.getValue(), o == null ? "" : o.opens()
                    .toString(), o == null ? "" : o.closes().toString()));
        }
        List<ShiftRow> shifts = rota.from(now).stream().map(s -> new ShiftRow(s.id(), s.name(),
                DateTimes.minutes(s.start(), calendar.zone()), DateTimes.minutes(s.end(), calendar.zone()),
                !s.start().isAfter(now))).toList();
        return new ServicePage(calendar.zone().getId(), hours.openAt(now), List.copyOf(rota.onDuty(now)), week,
                calendar.closedDays(LocalDate.now(calendar.zone())), shifts, colleagues.all(), errors);
    }

    private static LocalTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest(field, "consult_error_hours");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest("day", "consult_error_day");
        }
    }

    private Instant moment(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(calendar.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest(field, "consult_error_shift");
        }
    }
}
