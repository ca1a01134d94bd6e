package dev.x3ups.ups.client.contract;

import dev.x3ups.ups.simulator.contract.UpsContract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.ship.ShipmentRequestJson;
import dev.x3ups.ups.client.ship.Shipments;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The negative control of the contract tests: the proxy forwards faithfully and does catch a violation. */
class ContractProxyTest {
    private final UpsSimulator sim = UpsSimulator.builder().port(0).client("id", "secret").accountNumber("A1B2C3")
            .seed(3).start();
    private final ContractProxy proxy = new ContractProxy(UpsContract.get(), sim.baseUrl());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        proxy.close();
        sim.close();
    }

    @Test
    void aRequestBreakingTheSchemaIsRecordedAndUpsAnswerIsPassedThrough() throws Exception {
        String bad = UpsJson.write(ShipmentRequestJson.write(Shipments.domesticUs("X3:SALES:SO9").build()))
                .replace("\"Shipper\":{\"Name\":\"ACME Distribution\",", "\"Shipper\":{");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(proxy.baseUrl() + "/api/shipments/v2409/ship"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer not-a-token")
                .POST(HttpRequest.BodyPublishers.ofString(bad)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401); // the simulator's answer, not the proxy's
        assertThat(UpsJson.parse(response.body()).path("response").path("errors").isArray()).isTrue();
        assertThat(proxy.requestsChecked()).isEqualTo(1);
        assertThat(proxy.responsesChecked()).isEqualTo(1);
        assertThat(proxy.violations()).anySatisfy(v -> assertThat(v).contains("Name"));
    }

    @Test
    void aCallToNoUpsOperationIsAViolation() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/api/nothing")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(proxy.violations()).anySatisfy(v -> assertThat(v).contains("no UPS operation GET /api/nothing"));
    }
}
