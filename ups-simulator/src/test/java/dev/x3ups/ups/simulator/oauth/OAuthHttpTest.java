package dev.x3ups.ups.simulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().dailyTokenQuota(3).tokenLifetimeSeconds(14399).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void issuesTokensWithEveryFieldAsAString() {
        Answer a = client.requestToken(SimulatorClient.CLIENT_ID, SimulatorClient.CLIENT_SECRET);
        assertThat(a.status()).isEqualTo(200);
        JsonNode body = a.json();
        for (String field : new String[] {"token_type", "issued_at", "client_id", "access_token", "scope",
                "expires_in", "refresh_count", "status"}) {
            assertThat(body.get(field).isTextual()).as(field).isTrue();
        }
        assertThat(body.get("expires_in").asText()).isEqualTo("14399");
        assertThat(body.get("status").asText()).isEqualTo("approved");
        assertThat(body.get("client_id").asText()).isEqualTo(SimulatorClient.CLIENT_ID);
        assertThat(Long.parseLong(body.get("issued_at").asText())).isPositive();
    }

    @Test
    void rejectsBadCredentialsWithoutEchoingTheSecret() {
        Answer wrong = client.requestToken(SimulatorClient.CLIENT_ID, "not-the-secret");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorCode()).isEqualTo("10401");
        assertThat(wrong.raw().body()).doesNotContain("not-the-secret");
        Answer missing = client.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), Duration.ofSeconds(5));
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.errorCode()).isEqualTo("10400");
    }

    @Test
    void dailyQuotaAnswers429QuotaLimitExceeded() {
        for (int i = 0; i < 3; i++) {
            assertThat(client.requestToken(SimulatorClient.CLIENT_ID, SimulatorClient.CLIENT_SECRET).status())
                    .isEqualTo(200);
        }
        Answer over = client.requestToken(SimulatorClient.CLIENT_ID, SimulatorClient.CLIENT_SECRET);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.json().path("response").path("errors").path(0).path("message").asText())
                .isEqualTo("Quota Limit Exceeded");
        assertThat(sim.tokens().requestsToday(SimulatorClient.CLIENT_ID)).isEqualTo(4);
        sim.tokens().resetQuota();
        assertThat(client.requestToken(SimulatorClient.CLIENT_ID, SimulatorClient.CLIENT_SECRET).status())
                .isEqualTo(200);
    }

    @Test
    void apiCallsNeedALiveToken() {
        assertThat(client.get("/api/track/v1/details/1Z999AA10123456784").status()).isEqualTo(200);
        sim.tokens().expireAll();
        Answer expired = client.get("/api/track/v1/details/1Z999AA10123456784");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("250002");
        Answer none = client.send(HttpRequest.newBuilder(URI.create(sim.apiUrl() + "/track/v1/details/1Z999AA10123456784"))
                .GET(), Duration.ofSeconds(5));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("250002");
    }

    @Test
    void tokenEndpointOutage() {
        sim.faults().set(ApiEndpoint.TOKEN, FaultSpec.none().withOutage(true));
        Answer down = client.requestToken(SimulatorClient.CLIENT_ID, SimulatorClient.CLIENT_SECRET);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.errorCode()).isEqualTo("10004");
        assertThat(sim.counters().count(ApiEndpoint.TOKEN, 503)).isEqualTo(1);
        assertThat(sim.tokens().requestsToday(SimulatorClient.CLIENT_ID)).as("an outage consumes no quota").isZero();
    }
}
