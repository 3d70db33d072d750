package org.resilib.livesession.registration;

/** A registrant as organisers see them on the attendance page and in the API. */
public record Registrant(long personId, String email, String name, String status, Integer position,
        boolean attended) {
}
