package dev.x3ups.embedded.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestResponseTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void toStringNeverShowsTheBodyWhichMayHoldCredentials() throws Exception {
        RestResponse config = new RestResponse(200, json.readTree("{\"x3.password\":\"s3cr3t-Pa55\"}"));

        assertThat(config.toString()).isEqualTo("RestResponse[200]").doesNotContain("s3cr3t");
    }

    @Test
    void toStringShowsConnectsErrorMessage() throws Exception {
        RestResponse error = new RestResponse(409, json.readTree("{\"message\":\"rebalance in progress\"}"));

        assertThat(error.toString()).isEqualTo("RestResponse[409 rebalance in progress]");
    }

    @Test
    void successIsAny2xx() {
        assertThat(new RestResponse(204, null).isSuccess()).isTrue();
        assertThat(new RestResponse(199, null).isSuccess()).isFalse();
        assertThat(new RestResponse(300, null).isSuccess()).isFalse();
    }
}
