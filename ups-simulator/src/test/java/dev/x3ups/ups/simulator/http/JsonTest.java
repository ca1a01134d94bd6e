package dev.x3ups.ups.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void singleObjectsCountAsOneElementLists() {
        assertThat(Json.list(Json.parse("{\"a\":{\"x\":1}}").get("a"))).hasSize(1);
        assertThat(Json.list(Json.parse("{\"a\":[1,2]}").get("a"))).hasSize(2);
        assertThat(Json.list(Json.parse("{}").get("a"))).isEmpty();
    }

    @Test
    void numbersReadAsTextAndInvalidJsonIsRejected() {
        assertThat(Json.text(Json.parse("{\"w\":5}"), "w")).isEqualTo("5");
        assertThat(Json.text(Json.parse("{\"w\":{}}"), "w")).isNull();
        assertThat(Json.parse("  ").isObject()).isTrue();
        assertThatThrownBy(() -> Json.parse("{")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorEnvelopeHasUpsShape() {
        ApiResponse r = UpsErrors.error(400, "120541", "msg");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/response/errors/0/code").asText()).isEqualTo("120541");
        assertThat(UpsErrors.invalidAuthentication().status()).isEqualTo(401);
        assertThat(UpsErrors.rateLimited("10429").withHeader("Retry-After", "1").headers()).containsEntry("Retry-After", "1");
    }

    @Test
    void requestsNeverPrintHeadersOrBody() {
        ApiRequest r = ApiRequest.of("POST", "/x", Map.of("Authorization", "Bearer tok-123"), "{\"secret\":1}");
        assertThat(r.header("authorization")).isEqualTo("Bearer tok-123");
        assertThat(r.toString()).doesNotContain("tok-123").doesNotContain("secret");
    }
}
