package org.resilib.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The wrk output parser, on outputs captured from Debian's wrk: two against the app, and one against a stub server
 * that answered 500, 200 or closed the connection in turn (for the error lines).
 */
class WrkTest {

    @Test
    void readsRateLatencyAndCountsWithMicrosecondPercentiles() throws IOException {
        Wrk.Result r = Wrk.parse(captured("wrk-one-connection.txt"));
        assertThat(r.requests()).isEqualTo(9352);
        assertThat(r.seconds()).isCloseTo(2.10, within(1e-9));
        assertThat(r.requestsPerSecond()).isCloseTo(4454.04, within(1e-9));
        assertThat(r.p50()).isCloseTo(0.191, within(1e-9));
        assertThat(r.p99()).isCloseTo(38.87, within(1e-9));
        assertThat(r.errors()).isZero();
        assertThat(r.describeErrors()).isEqualTo("0");
    }

    @Test
    void readsNon2xxResponsesAndAddsUpSocketErrors() throws IOException {
        Wrk.Result r = Wrk.parse(captured("wrk-errors.txt"));
        assertThat(r.requests()).isEqualTo(3155);
        assertThat(r.requestsPerSecond()).isCloseTo(1502.39, within(1e-9));
        assertThat(r.p50()).isCloseTo(2.60, within(1e-9));
        assertThat(r.p99()).isCloseTo(12.39, within(1e-9));
        assertThat(r.non2xx()).isEqualTo(1578);
        assertThat(r.socketErrors()).isEqualTo(4730);
        assertThat(r.errors()).isEqualTo(1578 + 4730);
        assertThat(r.describeErrors()).isEqualTo("1578 non-2xx, 4730 read errors");
    }

    @Test
    void readsPercentilesInSecondsPaddedWithASpaceAndATimeout() throws IOException {
        Wrk.Result r = Wrk.parse(captured("wrk-seconds-and-timeout.txt"));
        assertThat(r.requests()).isEqualTo(60454);
        assertThat(r.seconds()).isCloseTo(8.02, within(1e-9));
        assertThat(r.p50()).isCloseTo(6.32, within(1e-9));
        assertThat(r.p99()).isCloseTo(1060, within(1e-9));
        assertThat(r.non2xx()).isZero();
        assertThat(r.socketErrors()).isEqualTo(1);
        assertThat(r.describeErrors()).isEqualTo("1 timeout");
    }

    @Test
    void anOutputWithoutTheLatencyDistributionIsRefused() {
        String noLatency = """
                Running 2s test @ http://127.0.0.1:8080/
                  2 threads and 16 connections
                  9352 requests in 2.10s, 4.67MB read
                Requests/sec:   4454.04
                """;
        assertThatThrownBy(() -> Wrk.parse(noLatency)).hasMessageContaining("--latency");
    }

    private static String captured(String name) throws IOException {
        try (InputStream in = WrkTest.class.getResourceAsStream("/benchmark/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
