package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.summary.UpsView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedUpsTest {

    @Test
    void acceptsTheConfiguredClientAndAnswersForTheSummary() throws Exception {
        try (SimulatedUps ups = SimulatedUps.start(
                new UpsSimulatorSettings(0, 3600, 7, "A1B2C3", Map.of("qs-client", "qs-secret")))) {

            assertThat(ups.port()).isPositive();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(ups.baseUrl() + "/admin/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(token(ups.baseUrl(), "qs-client:qs-secret")).isEqualTo(200);
            assertThat(token(ups.baseUrl(), "qs-client:wrong")).isEqualTo(401);

            ups.registerWebhook("qs-client", WebhookTarget.oauth("http://127.0.0.1:1/hook",
                    "http://127.0.0.1:1/token", "receiver", "receiver-secret"));
            assertThat(ups.created("SEED:SALES:SO000001")).isZero();
            assertThat(ups.live("SEED:SALES:SO000001")).isZero();
            assertThat(ups.journey(List.of())).isEqualTo(UpsView.Journey.UNKNOWN);
            assertThat(ups.journey(List.of("1ZNOTKNOWN0000000"))).isEqualTo(UpsView.Journey.UNKNOWN);
        }
    }

    @Test
    void settingsNeverPrintSecrets() {
        assertThat(new UpsSimulatorSettings(0, 1, 1, "A1B2C3", Map.of("id", "top-secret")).toString())
                .contains("id").doesNotContain("top-secret");
    }

    private static int token(String base, String basic) throws IOException, InterruptedException {
        String auth = java.util.Base64.getEncoder().encodeToString(basic.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/security/v1/oauth/token"))
                        .header("Authorization", "Basic " + auth)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
