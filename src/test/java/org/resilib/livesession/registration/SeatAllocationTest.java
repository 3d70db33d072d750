package org.resilib.livesession.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilib.livesession.Registration;

class SeatAllocationTest {

    @Test
    void confirmedWhileSeatsRemainThenTheWaitlist() {
        assertThat(SeatAllocation.statusFor(0, 2)).isEqualTo(Registration.CONFIRMED);
        assertThat(SeatAllocation.statusFor(1, 2)).isEqualTo(Registration.CONFIRMED);
        assertThat(SeatAllocation.statusFor(2, 2)).isEqualTo(Registration.WAITLISTED);
        assertThat(SeatAllocation.statusFor(3, 2)).isEqualTo(Registration.WAITLISTED);
    }

    @Test
    void noCapacityMeansEveryoneIsConfirmed() {
        assertThat(SeatAllocation.statusFor(10_000, null)).isEqualTo(Registration.CONFIRMED);
        assertThat(SeatAllocation.freeSeats(10_000, null)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void zeroCapacityWaitlistsEveryone() {
        assertThat(SeatAllocation.statusFor(0, 0)).isEqualTo(Registration.WAITLISTED);
        assertThat(SeatAllocation.freeSeats(0, 0)).isZero();
    }

    @Test
    void freeSeatsNeverGoBelowZero() {
        assertThat(SeatAllocation.freeSeats(1, 3)).isEqualTo(2);
        assertThat(SeatAllocation.freeSeats(3, 3)).isZero();
        assertThat(SeatAllocation.freeSeats(5, 3)).as("capacity lowered below the confirmed").isZero();
    }
}
