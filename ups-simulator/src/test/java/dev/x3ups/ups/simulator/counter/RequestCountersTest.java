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
}
