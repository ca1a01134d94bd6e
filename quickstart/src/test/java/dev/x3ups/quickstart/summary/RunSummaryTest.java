package dev.x3ups.quickstart.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryTest {

    @Test
    void isOneLineOfJsonWithTheAgreedKeysInOrder() throws Exception {
        String json = new RunSummary(200, 190, 0, 185, 12, 0, 150, 45, 0, 97, 3).toJson();

        assertThat(json).isEqualTo("{\"orders\":200,\"shipments\":190,\"duplicates\":0,\"delivered\":185,"
                + "\"flagged\":12,\"held\":3,\"lost\":0,\"labelsPrinted\":150,\"labelsEmailed\":45,\"unlabelled\":0,"
                + "\"elapsedSeconds\":97}");
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertThat(parsed.get("lost").asInt()).isZero();
    }

    @Test
    void exitsZeroOnlyWithoutLossDuplicatesAndUnlabelledShipments() {
        assertThat(new RunSummary(10, 10, 0, 10, 0, 0, 8, 2, 0, 1).exitCode()).isZero();
        assertThat(new RunSummary(10, 8, 0, 8, 0, 0, 8, 0, 0, 1, 2).exitCode()).as("held is not lost").isZero();
        assertThat(new RunSummary(10, 10, 0, 9, 0, 1, 8, 2, 0, 1).exitCode()).isEqualTo(1);
        assertThat(new RunSummary(10, 11, 1, 10, 0, 0, 8, 2, 0, 1).exitCode()).isEqualTo(1);
        assertThat(new RunSummary(10, 10, 0, 10, 0, 0, 8, 1, 1, 1).exitCode()).isEqualTo(1);
    }
}
