package dev.x3ups.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackAlertEventsTest {

    @Test
    void trackingNumbersCarryUpsCheckDigit() {
        assertThat(TrackAlertEvents.trackingNumber("999AA1", "01", 2345678)).isEqualTo("1Z999AA10123456784");
    }

    @Test
    void eventsRoundRobinOverPackagesWithLaterTimesAndAreNeverRepeated() throws Exception {
        TrackAlertEvents events = new TrackAlertEvents(List.of("1ZA", "1ZB"), Instant.parse("2026-11-27T10:00:00Z"));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode e0 = mapper.readTree(events.body(0));
        JsonNode e2 = mapper.readTree(events.body(2));
        assertThat(e0.path("trackingNumber").asText()).isEqualTo("1ZA");
        assertThat(mapper.readTree(events.body(1)).path("trackingNumber").asText()).isEqualTo("1ZB");
        assertThat(e2.path("trackingNumber").asText()).isEqualTo("1ZA");
        assertThat(e0.path("gmtActivityDate").asText()).isEqualTo("20261127");
        assertThat(e0.path("gmtActivityTime").asText()).isEqualTo("100000");
        assertThat(e2.path("gmtActivityTime").asText()).isEqualTo("100100");
        assertThat(e0.path("activityStatus").path("type").asText()).isEqualTo("I");
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            bodies.add(events.body(i));
        }
        assertThat(bodies).hasSize(100);
    }
}
