package dev.x3ups.embedded.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectRestClientTest {

    private FakeConnectServer server;
    private ConnectRestClient client;

    @BeforeEach
    void start() throws IOException {
        server = new FakeConnectServer();
        client = new ConnectRestClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createsAConnectorWithNameAndConfig() throws IOException {
        server.answer(201, "{\"name\":\"x3-orders\",\"config\":{},\"tasks\":[]}");

        RestResponse created = client.createConnector("x3-orders", Map.of("connector.class", "Source", "tasks.max", "1"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("name").asText()).isEqualTo("x3-orders");
        assertThat(server.last().method()).isEqualTo("POST");
        assertThat(server.last().pathAndQuery()).isEqualTo("/connectors");
        assertThat(server.last().contentType()).isEqualTo("application/json");
        var sent = new ObjectMapper().readTree(server.last().body());
        assertThat(sent.get("name").asText()).isEqualTo("x3-orders");
        assertThat(sent.get("config").get("tasks.max").asText()).isEqualTo("1");
    }

    @Test
    void connectorNamesAreEncodedAsOnePathSegment() {
        client.status("orders from/X3");

        assertThat(server.last().pathAndQuery()).isEqualTo("/connectors/orders%20from%2FX3/status");
    }

    @Test
    void lifecycleCallsUseConnectsMethodsAndPaths() {
        client.putConnectorConfig("c", Map.of("k", "v"));
        client.pause("c");
        client.resume("c");
        client.stop("c");
        client.restart("c", true, false);
        client.restartTask("c", 2);
        client.offsets("c");
        client.alterOffsets("c", new ObjectMapper().createObjectNode().putArray("offsets"));
        client.resetOffsets("c");
        client.deleteConnector("c");
        client.connectorPlugins(true);
        client.validate("dev.x3ups.Source", Map.of("connector.class", "dev.x3ups.Source"));

        assertThat(server.requests()).extracting(r -> r.method() + " " + r.pathAndQuery()).containsExactly(
                "PUT /connectors/c/config",
                "PUT /connectors/c/pause",
                "PUT /connectors/c/resume",
                "PUT /connectors/c/stop",
                "POST /connectors/c/restart?includeTasks=true&onlyFailed=false",
                "POST /connectors/c/tasks/2/restart",
                "GET /connectors/c/offsets",
                "PATCH /connectors/c/offsets",
                "DELETE /connectors/c/offsets",
                "DELETE /connectors/c",
                "GET /connector-plugins?connectorsOnly=true",
                "PUT /connector-plugins/dev.x3ups.Source/config/validate");
    }

    @Test
    void errorAnswersKeepStatusAndConnectsMessage() {
        server.answer(400, "{\"error_code\":400,\"message\":\"Connector config contains no connector type\"}");

        RestResponse answer = client.createConnector("c", Map.of());

        assertThat(answer.isSuccess()).isFalse();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Connector config contains no connector type");
        assertThatThrownBy(answer::orThrow).isInstanceOf(ConnectRestException.class)
                .hasMessage("HTTP 400: Connector config contains no connector type")
                .extracting(e -> ((ConnectRestException) e).status()).isEqualTo(400);
    }

    @Test
    void nonJsonAndEmptyBodiesStillGiveTheStatus() {
        server.answer(404, "<html>Not Found</html>");
        server.answer(204, "");

        assertThat(client.connectors().status()).isEqualTo(404);
        RestResponse empty = client.deleteConnector("c");
        assertThat(empty.status()).isEqualTo(204);
        assertThat(empty.body().isMissingNode()).isTrue();
    }

    @Test
    void unreachableWorkerIsAnIoFailureNamingThePath() {
        server.close();

        assertThatThrownBy(() -> client.health()).hasMessageContaining("GET /health failed");
    }
}
