package org.resilib.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Time counted in the service's hours, across a weekend, a holiday and a declared emergency. */
class ServiceHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 11 January 2027, a holiday in these tests. */
    private static final LocalDate HOLIDAY = LocalDate.of(2027, 1, 11);

    private static Map<DayOfWeek, ServiceHours.Opening> weekdays() {
        Map<DayOfWeek, ServiceHours.Opening> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, new ServiceHours.Opening(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        return week;
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2027, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aTargetAskedOnFridayAfternoonSkipsTheWeekendAndTheHoliday() {
        ServiceHours hours = new ServiceHours(SHANGHAI, weekdays(), Set.of(HOLIDAY), List.of());
        Instant friday = at(1, 8, 16, 0);
        assertThat(hours.plus(friday, Duration.ofHours(4))).isEqualTo(at(1, 12, 12, 0));
        assertThat(hours.between(friday, at(1, 12, 12, 0))).isEqualTo(Duration.ofHours(4));
        assertThat(hours.between(friday, at(1, 11, 23, 0))).as("nothing counts over the weekend and the holiday")
                .isEqualTo(Duration.ofHours(1));
        assertThat(hours.openAt(at(1, 9, 10, 0))).as("Saturday").isFalse();
        assertThat(hours.openAt(at(1, 11, 10, 0))).as("the holiday").isFalse();
        assertThat(hours.openAt(at(1, 12, 10, 0))).isTrue();
        assertThat(hours.openAt(at(1, 12, 17, 0))).as("closing time is closed").isFalse();
    }

    @Test
    void askedOutsideTheHoursTheClockStartsAtTheNextOpening() {
        ServiceHours hours = new ServiceHours(SHANGHAI, weekdays(), Set.of(), List.of());
        assertThat(hours.plus(at(1, 5, 22, 30), Duration.ofMinutes(30))).isEqualTo(at(1, 6, 9, 30));
        assertThat(hours.plus(at(1, 5, 3, 0), Duration.ofHours(8))).isEqualTo(at(1, 5, 17, 0));
        assertThat(hours.plus(at(1, 5, 3, 0), Duration.ZERO)).isEqualTo(at(1, 5, 9, 0));
    }

    @Test
    void aDeclaredEmergencyRunsTheServiceAroundTheClockUntilItEnds() {
        ServiceHours hours = new ServiceHours(SHANGHAI, weekdays(), Set.of(HOLIDAY), List.of(
                new ServiceHours.Period(at(1, 8, 20, 0), at(1, 11, 8, 0))));
        assertThat(hours.openAt(at(1, 9, 3, 0))).as("Saturday night in the emergency").isTrue();
        assertThat(hours.openAt(at(1, 11, 10, 0))).as("the holiday after it ended").isFalse();
        assertThat(hours.plus(at(1, 8, 16, 0), Duration.ofHours(4))).as("Friday 16-17, then 20:00 on")
                .isEqualTo(at(1, 8, 23, 0));
        assertThat(hours.between(at(1, 8, 0, 0), at(1, 12, 0, 0))).as("8 h Friday + 60 h of emergency")
                .isEqualTo(Duration.ofHours(68));
        ServiceHours open = new ServiceHours(SHANGHAI, Map.of(), Set.of(), List.of(
                new ServiceHours.Period(at(1, 1, 0, 0), null)));
        assertThat(open.plus(at(3, 1, 0, 0), Duration.ofDays(3))).as("still running").isEqualTo(at(3, 4, 0, 0));
    }

    @Test
    void aServiceThatIsNeverOpenHasNoDueMoment() {
        ServiceHours never = new ServiceHours(SHANGHAI, Map.of(), Set.of(), List.of());
        assertThat(never.plus(at(1, 4, 9, 0), Duration.ofHours(1))).isNull();
        assertThat(never.between(at(1, 4, 9, 0), at(2, 4, 9, 0))).isZero();
    }
}
