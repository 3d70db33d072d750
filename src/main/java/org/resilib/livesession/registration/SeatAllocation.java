package org.resilib.livesession.registration;

import org.resilib.livesession.Registration;

/** Seats: confirmed while the capacity allows (null means unlimited), otherwise the waitlist. */
final class SeatAllocation {

    private SeatAllocation() {
    }

    static String statusFor(long confirmed, Integer capacity) {
        return capacity == null || confirmed < capacity ? Registration.CONFIRMED : Registration.WAITLISTED;
    }

    static int freeSeats(long confirmed, Integer capacity) {
        return capacity == null ? Integer.MAX_VALUE : (int) Math.max(0, capacity - confirmed);
    }
}
