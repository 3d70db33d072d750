package org.resilib.livesession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JoinDetailsTest {

    private static final Instant START = Instant.parse("2031-05-06T02:00:00Z");

    private static JoinDetails.Shown shown(LiveSession s, boolean organiser, String myStatus, Duration beforeStart) {
        return JoinDetails.mask(s, organiser, myStatus, START.minus(beforeStart));
    }

    @Test
    void organisersAlwaysSeeTheLinkAndCode() {
        LiveSession s = SessionFixtures.inMemory(1, "Workshop", START);
        assertThat(shown(s, true, null, Duration.ofDays(30)))
                .isEqualTo(new JoinDetails.Shown("https://zoom.example.edu/j/1", "123 456"));
        assertThat(shown(SessionFixtures.cancelled(s), true, null, Duration.ofDays(30)).joinUrl()).isNotNull();
    }

    @Test
    void confirmedRegistrantsSeeThemFromFifteenMinutesBeforeTheStart() {
        LiveSession s = SessionFixtures.inMemory(1, "Workshop", START);
        assertThat(shown(s, false, Registration.CONFIRMED, Duration.ofMinutes(16)))
                .isEqualTo(new JoinDetails.Shown(null, null));
        assertThat(shown(s, false, Registration.CONFIRMED, Duration.ofMinutes(15)).joinUrl())
                .isEqualTo("https://zoom.example.edu/j/1");
        assertThat(shown(s, false, Registration.CONFIRMED, Duration.ofMinutes(15)).meetingCode()).isEqualTo("123 456");
        assertThat(shown(s, false, Registration.CONFIRMED, Duration.ofMinutes(-30)).joinUrl())
                .as("during the session").isNotNull();
    }

    @Test
    void theWaitlistedAndOthersNeverSeeThem() {
        LiveSession s = SessionFixtures.inMemory(1, "Workshop", START);
        assertThat(shown(s, false, Registration.WAITLISTED, Duration.ZERO)).isEqualTo(new JoinDetails.Shown(null, null));
        assertThat(shown(s, false, Registration.CANCELLED, Duration.ZERO)).isEqualTo(new JoinDetails.Shown(null, null));
        assertThat(shown(s, false, null, Duration.ZERO)).isEqualTo(new JoinDetails.Shown(null, null));
    }

    @Test
    void aCancelledSessionHidesThemFromRegistrants() {
        LiveSession s = SessionFixtures.cancelled(SessionFixtures.inMemory(1, "Workshop", START));
        assertThat(shown(s, false, Registration.CONFIRMED, Duration.ZERO)).isEqualTo(new JoinDetails.Shown(null, null));
    }
}
