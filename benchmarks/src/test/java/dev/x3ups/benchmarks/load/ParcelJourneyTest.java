package dev.x3ups.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParcelJourneyTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aParcelGoesFromLabelToDeliveredWithSeveralInTransitScansInTimeOrder() throws Exception {
        Instant labelled = Instant.parse("2026-12-01T10:00:00Z");
        String previous = "";
        for (ParcelJourney.Step step : ParcelJourney.STEPS) {
            JsonNode e = mapper.readTree(ParcelJourney.event("1ZA", labelled, step));
            String at = e.path("gmtActivityDate").asText() + e.path("gmtActivityTime").asText();
            assertThat(at).isGreaterThan(previous);
            previous = at;
        }
        assertThat(ParcelJourney.STEPS.get(0).scan().type()).isEqualTo("M");
        assertThat(ParcelJourney.STEPS.get(ParcelJourney.STEPS.size() - 1).scan().type()).isEqualTo("D");
        assertThat(ParcelJourney.inTransitScans()).isGreaterThanOrEqualTo(3);
        assertThat(ParcelJourney.STEPS).extracting(s -> s.scan().code()).contains("PU", "OT");
    }

    @Test
    void onlyTheDeliveryCarriesADeliveryDate() throws Exception {
        Instant labelled = Instant.parse("2026-12-01T10:00:00Z");
        ParcelJourney.Step out = ParcelJourney.STEPS.get(ParcelJourney.STEPS.size() - 2);
        ParcelJourney.Step delivered = ParcelJourney.STEPS.get(ParcelJourney.STEPS.size() - 1);
        assertThat(mapper.readTree(ParcelJourney.event("1ZA", labelled, out)).path("actualDeliveryDate").asText())
                .isEmpty();
        JsonNode d = mapper.readTree(ParcelJourney.event("1ZA", labelled, delivered));
        assertThat(d.path("actualDeliveryDate").asText()).isEqualTo("20261203");
        assertThat(d.path("activityStatus").path("type").asText()).isEqualTo("D");
    }
}
