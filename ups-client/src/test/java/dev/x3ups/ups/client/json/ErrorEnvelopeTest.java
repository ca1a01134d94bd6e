package dev.x3ups.ups.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.UpsError;
import org.junit.jupiter.api.Test;

class ErrorEnvelopeTest {

    @Test
    void readsTheCommonEnvelopeIncludingASingleObject() {
        assertThat(ErrorEnvelope.errors(UpsJson.parse(
                "{\"response\":{\"errors\":[{\"code\":\"250002\",\"message\":\"Invalid Authentication Information\"}]}}")))
                .containsExactly(new UpsError("250002", "Invalid Authentication Information"));
        assertThat(ErrorEnvelope.errors(UpsJson.parse(
                "{\"response\":{\"errors\":{\"code\":10429,\"message\":\"Too Many Requests\"}}}")))
                .containsExactly(new UpsError("10429", "Too Many Requests"));
    }

    @Test
    void readsQuantumViewErrorsAndTheirRetryHint() {
        var body = UpsJson.parse("""
                {"Response":{"ResponseStatusCode":"0","Error":{"ErrorSeverity":"Transient","ErrorCode":"330030",
                 "ErrorDescription":"Try later","MinimumRetrySeconds":"30"}}}""");
        assertThat(ErrorEnvelope.errors(body)).containsExactly(new UpsError("330030", "Try later"));
        assertThat(ErrorEnvelope.minimumRetrySeconds(body)).isEqualTo(30);
    }

    @Test
    void nothingForOtherBodies() {
        assertThat(ErrorEnvelope.errors(UpsJson.parse("{}"))).isEmpty();
        assertThat(ErrorEnvelope.minimumRetrySeconds(UpsJson.parse("{}"))).isEqualTo(-1);
    }
}
