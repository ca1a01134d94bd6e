package dev.x3ups.ups.simulator.counter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.ApiEndpoint;
import org.junit.jupiter.api.Test;

class RequestCountersTest {
    @Test
    void countsRequestsAndAnswersPerStatus() {
        RequestCounters c = new RequestCounters();
        c.received(ApiEndpoint.SHIP);
        c.received(ApiEndpoint.SHIP);
        c.answered(ApiEndpoint.SHIP, 200);
        c.answered(ApiEndpoint.SHIP, 429);
        assertThat(c.count(ApiEndpoint.SHIP)).isEqualTo(2);
        assertThat(c.count(ApiEndpoint.SHIP, 429)).isEqualTo(1);
        assertThat(c.count(ApiEndpoint.RATE)).isZero();
        assertThat(c.snapshot().get(ApiEndpoint.SHIP).byStatus()).containsEntry(200, 1L).containsEntry(429, 1L);
        c.reset();
        assertThat(c.count(ApiEndpoint.SHIP)).isZero();
    }

    @Test
    void countsCallsPerReferenceAndBusinessCallsWithoutTokens() {
        RequestCounters c = new RequestCounters();
        c.received(ApiEndpoint.TOKEN);
        c.received(ApiEndpoint.SHIP);
        c.receivedFor(ApiEndpoint.SHIP, java.util.List.of("SO-1", "DLV-1"));
        c.received(ApiEndpoint.TRACK_REFERENCE);
        c.receivedFor(ApiEndpoint.TRACK_REFERENCE, java.util.List.of("SO-1"));
        c.received(ApiEndpoint.QUANTUM_VIEW);
        c.receivedFor(ApiEndpoint.QUANTUM_VIEW, java.util.List.of());
        assertThat(c.businessCalls()).isEqualTo(3);
        assertThat(c.callsFor("SO-1")).containsEntry(ApiEndpoint.SHIP, 1L)
                .containsEntry(ApiEndpoint.TRACK_REFERENCE, 1L)
                .hasSize(2);
        assertThat(c.callsFor("DLV-1")).containsOnlyKeys(ApiEndpoint.SHIP);
        assertThat(c.callsByReference()).containsOnlyKeys("DLV-1", "SO-1");
        assertThat(c.callsFor("unknown")).isEmpty();
    }
}
