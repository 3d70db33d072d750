package org.resilib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are a database that cannot be reached just now (503), and which are faults (500). */
class DatabaseUnavailableTest {

    @Test
    void aRestartingOrUnreachableDatabaseIsUnavailableAndOtherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("x", new SQLException(
                "Connection to localhost:5432 refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("An I/O error occurred while"
                + " sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
    }
}
