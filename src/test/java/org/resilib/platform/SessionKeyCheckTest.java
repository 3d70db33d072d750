package org.resilib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An external database without a session key is refused at start-up, with what to do. */
class SessionKeyCheckTest {

    @Test
    void anExternalDatabaseNeedsASessionKeyAndTheEmbeddedOneKeepsItsOwn() {
        assertThat(SessionKeyCheck.problem(Optional.empty(), false)).contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
        assertThat(SessionKeyCheck.problem(Optional.of(" "), false)).isNotNull();
        assertThat(SessionKeyCheck.problem(Optional.of("0123456789abcdef0123456789abcdef"), false)).isNull();
        assertThat(SessionKeyCheck.problem(Optional.empty(), true)).isNull();
    }
}
