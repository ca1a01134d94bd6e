package dev.x3ups.x3.simulator.api1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.http.SimResponse;
import org.junit.jupiter.api.Test;

class DiagnosesTest {

    @Test
    void bodiesFollowTheSdataShape() {
        assertThat(Diagnoses.body("error", "BadWhereSyntax", "2403", "Invalid query syntax", "where"))
                .isEqualTo("{\"$diagnoses\":[{\"$severity\":\"error\",\"$sdataCode\":\"BadWhereSyntax\","
                        + "\"$applicationCode\":\"2403\",\"$message\":\"Invalid query syntax\",\"$payloadPath\":\"where\"}]}");
        SimResponse notFound = Diagnoses.recordNotFound();
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("721 : Record does not exist");
        assertThat(notFound.headers()).containsEntry("Content-Type", SimResponse.JSON);
    }
}
