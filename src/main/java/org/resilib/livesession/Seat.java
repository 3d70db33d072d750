package org.resilib.livesession;

/** A person's registration for a session: its status, the 1-based waitlist place (null when confirmed), new or not. */
public record Seat(String status, Integer position, boolean created) {
}
