package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.config.ResilibConfig;
import org.resilib.db.SqlTimes;
import org.resilib.time.Zones;
import org.resilib.web.DomainException;

/**
 * The consultation service's calendar as kept: opening hours per weekday, closed days, and the periods it runs
 * around the clock (set by a declared emergency, from its start to its end). Read whole for each use: the tables are
 * a handful of rows.
 */
@ApplicationScoped
public class ServiceCalendar {

    /** A closed day with what it is. */
    public record ClosedDay(LocalDate day, String label) {
    }

    private final EntityManager em;
    private final ZoneId zone;

    ServiceCalendar(EntityManager em, ResilibConfig config) {
        this.em = em;
        this.zone = Zones.orDefault(config.consult().zone());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hours as they stand (closed days from a year back on; around-the-clock periods of the last two years). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceHours hours() {
        Map<DayOfWeek, ServiceHours.Opening> week = new EnumMap<>(DayOfWeek.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select weekday, opens, closes from consult_hours").getResultList();
        for (Object[] r : rows) {
            week.put(DayOfWeek.of(((Number) r[0]).intValue()), new ServiceHours.Opening(time(r[1]), time(r[2])));
        }
        Set<LocalDate> closed = new LinkedHashSet<>();
        closedDays(LocalDate.now(zone).minusYears(1)).forEach(d -> closed.add(d.day()));
        @SuppressWarnings("unchecked")
        List<Object[]> periods = em.createNativeQuery("select starts_at, ends_at from consult_around_the_clock where"
                + " ends_at is null or ends_at > now() - interval '2 years' order by starts_at").getResultList();
        return new ServiceHours(zone, week, closed, periods.stream().map(p -> new ServiceHours.Period(
                SqlTimes.instant(p[0]), SqlTimes.instant(p[1]))).toList());
    }

    /** Closed days from a date on, in order (at most 500). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClosedDay> closedDays(LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, label from consult_closed_day where day >= ?1 order by"
                + " day limit 500").setParameter(1, Date.valueOf(from)).getResultList();
        return rows.stream().map(r -> new ClosedDay(r[0] instanceof Date d ? d.toLocalDate()
                : (LocalDate) r[0], (String) r[1])).toList();
    }

    /**
     * Sets the week's hours at once: a weekday missing is closed; one with only one end, or closing before it
     * opens, is refused naming its field.
     */
    @Transactional
    public void setWeek(Map<DayOfWeek, ServiceHours.Opening> week) {
        week.forEach((day, o) -> {
            if (o.opens() == null || o.closes() == null || !o.closes().isAfter(o.opens())) {
                throw DomainException.badRequest((o.opens() == null ? "opens-" : "closes-") + day.getValue(),
                        "consult_error_hours");
            }
        });
        em.createNativeQuery("delete from consult_hours").executeUpdate();
        week.forEach((day, o) -> em.createNativeQuery("insert into consult_hours (weekday, opens, closes) values (?1,"
                + " ?2, ?3)").setParameter(1, day.getValue()).setParameter(2, Time.valueOf(o.opens()))
                .setParameter(3, Time.valueOf(o.closes())).executeUpdate());
    }

    @Transactional
    public void addClosedDay(LocalDate day, String label) {
        if (day == null) {
            throw DomainException.badRequest("day", "consult_error_day");
        }
        String text = label == null ? "" : label.strip();
        if (text.isEmpty() || text.length() > 200) {
            throw DomainException.badRequest("label", "consult_error_label");
        }
        em.createNativeQuery("insert into consult_closed_day (day, label) values (?1, ?2) on conflict (day) do update"
                + " set label = excluded.label").setParameter(1, Date.valueOf(day)).setParameter(2, text)
                .executeUpdate();
    }

    @Transactional
    public void removeClosedDay(LocalDate day) {
        em.createNativeQuery("delete from consult_closed_day where day = ?1").setParameter(1, Date.valueOf(day))
                .executeUpdate();
    }

    /**
     * The service runs around the clock from {@code start} until {@code end} (null: until told otherwise) for the
     * thing named by {@code ref} (a declared emergency); told again, the period is updated.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void aroundTheClock(long ref, Instant start, Instant end) {
        em.createNativeQuery("insert into consult_around_the_clock (emergency_ref, starts_at, ends_at) values (?1, ?2,"
                + " cast(?3 as timestamptz)) on conflict (emergency_ref) do update set starts_at = excluded.starts_at,"
                + " ends_at = excluded.ends_at").setParameter(1, ref).setParameter(2, start)
                .setParameter(3, end == null ? null : end.isAfter(start) ? end : start.plusSeconds(1))
                .executeUpdate();
    }

    private static LocalTime time(Object value) {
        return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }
}
