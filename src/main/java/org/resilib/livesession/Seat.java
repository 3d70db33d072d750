package org.resilib.livesession;

/**
 * A person's registration for a session: its status, the 1-based waitlist place (null when confirmed), new or not,
 * and whether their attendance is recorded.
 */
public record Seat(String status, Integer position, boolean created, boolean attended) {

    public Seat(String status, Integer position, boolean created) {
        this(status, position, created, false);
    }
}
