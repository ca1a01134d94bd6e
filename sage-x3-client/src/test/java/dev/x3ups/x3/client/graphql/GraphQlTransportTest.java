package dev.x3ups.x3.client.graphql;

import static dev.x3ups.x3.client.TestSupport.json;
import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class GraphQlTransportTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private GraphQlTransport transport(String header) {
        return new GraphQlTransport(TestSupport.http(RequestAuthenticator.NONE), server.url("/xtrem/api"), header, "SEED");
    }

    @Test
    void postsQueryAndVariablesWithTheEndpointHeaderAndReturnsData() throws Exception {
        server.enqueue(json(200, "{\"data\":{\"x3Sales\":{\"salesOrder\":{\"read\":{\"id\":\"SO1\"}}}},"
                + "\"extensions\":{\"diagnoses\":[]}}"));

        JsonNode data = transport("x-xtrem-endpoint").execute("query R($id: String!) { x3Sales { salesOrder { read(_id: $id) { id } } } }",
                Map.of("id", "SO1"));

        assertThat(data.path("x3Sales").path("salesOrder").path("read").path("id").asText()).isEqualTo("SO1");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("x-xtrem-endpoint")).isEqualTo("SEED");
        JsonNode body = tree(request.getBody().utf8());
        assertThat(body.path("query").asText()).startsWith("query R(");
        assertThat(body.path("variables").path("id").asText()).isEqualTo("SO1");
    }

    @Test
    void noEndpointHeaderOnTheGateway() throws Exception {
        server.enqueue(json(200, "{\"data\":{}}"));

        transport(null).execute("{ __typename }", null);

        assertThat(server.takeRequest().getHeaders().get("x-xtrem-endpoint")).isNull();
    }

    @Test
    void errorsInA200AreRejectionsWithX3sMessages() {
        server.enqueue(json(200, "{\"data\":null,\"errors\":[{\"message\":\"Unknown property foo in filter\"}]}"));

        assertThatThrownBy(() -> transport("x-xtrem-endpoint").execute("{ x }", Map.of()))
                .isInstanceOf(X3RejectedException.class)
                .hasMessage("X3 GraphQL rejected POST /xtrem/api (HTTP 200): Unknown property foo in filter");
    }

    @Test
    void errorDiagnosesInExtensionsAreRejections() {
        server.enqueue(json(200, "{\"data\":{\"x\":null},\"extensions\":{\"diagnoses\":[{\"severity\":\"error\","
                + "\"message\":\"Sales order SO9 does not exist\"}]}}"));

        assertThatThrownBy(() -> transport("h").execute("{ x }", Map.of()))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("SO9 does not exist");
    }

    @Test
    void aBusyPoolInA200IsTransient() {
        server.enqueue(json(200, "{\"data\":null,\"errors\":[{\"message\":\"Web service pool is busy, retry later\"}],"
                + "\"extensions\":{\"diagnoses\":[{\"severity\":\"error\",\"message\":\"Web service pool is busy, retry later\"}]}}"));

        assertThatThrownBy(() -> transport("h").execute("{ x }", Map.of())).isInstanceOf(X3TransientException.class)
                .hasMessageContaining("pool is busy");
    }

    @Test
    void transientDiagnosesAndServerErrorsAreTransient() {
        server.enqueue(json(200, "{\"data\":null,\"extensions\":{\"diagnoses\":[{\"severity\":\"transient\",\"message\":\"locked\"}]}}"));
        server.enqueue(json(500, "{\"errors\":[{\"message\":\"Internal server error\"}]}"));

        assertThatThrownBy(() -> transport("h").execute("{ x }", Map.of())).isInstanceOf(X3TransientException.class);
        assertThatThrownBy(() -> transport("h").execute("{ x }", Map.of())).isInstanceOf(X3TransientException.class)
                .hasMessageContaining("Internal server error");
    }

    @Test
    void refusedTokensAreAuthenticationFailures() {
        server.enqueue(json(401, "{\"errors\":[{\"message\":\"token expired\"}]}"));
        server.enqueue(json(200, "{\"errors\":[{\"message\":\"no access\",\"extensions\":{\"code\":\"FORBIDDEN\"}}]}"));

        assertThatThrownBy(() -> transport("h").execute("{ x }", Map.of()))
                .isInstanceOf(X3AuthenticationException.class).hasMessageContaining("token expired");
        assertThatThrownBy(() -> transport("h").execute("{ x }", Map.of()))
                .isInstanceOf(X3AuthenticationException.class);
    }

    @Test
    void aMissingEndpointHeaderIsARejection() {
        server.enqueue(json(400, "{\"errors\":[{\"message\":\"x-xtrem-endpoint header is required\"}]}"));

        assertThatThrownBy(() -> transport(null).execute("{ x }", Map.of()))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("x-xtrem-endpoint header is required");
    }
}
