package org.resilib.consult;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the consultation service is open, and time counted in its hours: opening hours per weekday in the library's
 * zone, closed days (holidays) when it is not, and periods when it runs around the clock (a declared emergency),
 * which win over both. Service-level targets are business time: {@link #between} counts only open time,
 * {@link #plus} finds the moment a duration of open time after another. Pure: everything comes in, nothing is read.
 */
public record ServiceHours(ZoneId zone, Map<DayOfWeek, Opening> week, Set<LocalDate> closedDays,
        List<Period> aroundTheClock) {

    /** How far {@link #plus} looks ahead before it gives up (a service that is never open has no due moment). */
    static final int HORIZON_DAYS = 800;

    /** One weekday's hours. */
    public record Opening(LocalTime opens, LocalTime closes) {
    }

    /** A stretch of time; {@code end} null for one still running. */
    public record Period(Instant start, Instant end) {
        boolean contains(Instant t) {
            return !t.isBefore(start) && (end == null || t.isBefore(end));
        }
    }

    public ServiceHours {
        week = Map.copyOf(week);
        closedDays = Set.copyOf(closedDays);
        aroundTheClock = List.copyOf(aroundTheClock);
    }

    /** Whether the service is open at the moment. */
    public boolean openAt(Instant t) {
        return intervals(LocalDate.ofInstant(t, zone)).stream().anyMatch(p -> p.contains(t));
    }

    /** The open time from {@code from} to {@code to} (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.atStartOfDay(zone).toInstant().isAfter(to);
                day = day.plusDays(1)) {
            for (Period p : intervals(day)) {
                Instant s = p.start().isBefore(from) ? from : p.start();
                Instant e = p.end().isAfter(to) ? to : p.end();
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    /** The moment when {@code amount} of open time has passed since {@code from}; null if that never comes. */
    public Instant plus(Instant from, Duration amount) {
        Duration left = amount;
        LocalDate day = LocalDate.ofInstant(from, zone);
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            for (Period p : intervals(day)) {
                Instant s = p.start().isBefore(from) ? from : p.start();
                if (!p.end().isAfter(s)) {
                    continue;
                }
                Duration here = Duration.between(s, p.end());
                if (here.compareTo(left) >= 0) {
                    return s.plus(left);
                }
                left = left.minus(here);
            }
        }
        return null;
    }

    /** The open intervals of one day in the zone, sorted and not overlapping. */
    List<Period> intervals(LocalDate day) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Period> open = new ArrayList<>();
        Opening opening = week.get(day.getDayOfWeek());
        if (opening != null && !closedDays.contains(day)) {
            open.add(new Period(day.atTime(opening.opens()).atZone(zone).toInstant(),
                    day.atTime(opening.closes()).atZone(zone).toInstant()));
        }
        for (Period a : aroundTheClock) {
            Instant s = a.start().isBefore(dayStart) ? dayStart : a.start();
            Instant e = a.end() == null || a.end().isAfter(dayEnd) ? dayEnd : a.end();
            if (e.isAfter(s)) {
                open.add(new Period(s, e));
            }
        }
        open.sort(Comparator.comparing(Period::start));
        List<Period> merged = new ArrayList<>();
        for (Period p : open) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !p.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Period(last.start(), p.end().isAfter(last.end()) ? p.end()
                        : last.end()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }
}
