package dev.x3ups.x3.client;

import static dev.x3ups.x3.client.TestSupport.json;
import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.x3ups.client.Secret;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ClientCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class X3ClientTest {
    private static final String APP_SECRET = "x3ups-connected-app-secret-0123456789abcdef";

    @StartStop
    final MockWebServer server = new MockWebServer();
    @TempDir
    Path folder;

    private X3ClientConfig.Builder config() {
        return X3ClientConfig.builder().baseUrl(server.url("/").toString()).endpoint("SEED");
    }

    @Test
    void restFeedWithBasicAuthentication() throws Exception {
        server.enqueue(json(200, "{\"$resources\":[]}"));

        try (OrderFeed feed = X3Client.orderFeed(config()
                .credentials(new BasicCredentials("wsconnector", Secret.of("Connector#2025"))).build())) {
            feed.checkAccess();
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api1/x3/erp/SEED/SORDER");
        assertThat(request.getHeaders().get("Authorization")).startsWith("Basic ");
    }

    @Test
    void graphQlFeedWithAConnectedAppToken() throws Exception {
        server.enqueue(json(200, "{\"data\":{\"x3Sales\":{\"salesOrder\":{\"query\":{\"edges\":[],"
                + "\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false}}}}}}"));
        X3ClientConfig config = config().transport(Transport.GRAPHQL)
                .credentials(new ConnectedAppCredentials("x3ups-connector", Secret.of(APP_SECRET), "wsconnector",
                        null, null)).build();

        try (X3Client client = X3Client.open(config)) {
            OrderPage page = client.orderFeed().firstPage(OrderKind.SALES, Instant.EPOCH, OrderSelection.ALL, 10);
            assertThat(page.orders()).isEmpty();
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/xtrem/api");
        assertThat(request.getHeaders().get("x-xtrem-endpoint")).isEqualTo("SEED");
        String token = request.getHeaders().get("Authorization").substring("Bearer ".length());
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).isEqualTo("x3ups-connector");
    }

    @Test
    void cloudGatewayWithARefreshTokenFromARelativeTokenUrl() throws Exception {
        server.enqueue(json(200, "{\"access_token\":\"at-1\",\"expires_in\":300,\"refresh_token\":\"rt-2\"}"));
        server.enqueue(json(200, "{\"data\":{\"x3Sales\":{\"salesOrder\":{\"query\":{\"totalCount\":0}}}}}"));
        Path store = folder.resolve("refresh.json");
        X3ClientConfig config = config().transport(Transport.GRAPHQL).cloudGateway()
                .credentials(new RefreshTokenCredentials("/v1/token", "x3ups-cloud-app",
                        Secret.of("x3ups-cloud-app-secret"), Secret.of("rt-1"), store, null, null)).build();

        try (OrderFeed feed = X3Client.orderFeed(config)) {
            feed.checkAccess();
        }

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/token");
        RecordedRequest call = server.takeRequest();
        assertThat(call.getUrl().encodedPath()).isEqualTo("/v1/service/SEED/api");
        assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
        assertThat(call.getHeaders().get("x-xtrem-endpoint")).isNull();
        assertThat(Files.readString(store)).contains("rt-2");
    }

    @Test
    void recordsAndMutationsWithClientCredentials() throws Exception {
        server.enqueue(json(200, "{\"access_token\":\"cc-1\",\"expires_in\":300}"));
        server.enqueue(json(201, "{\"YORDNUM\":\"SO1\"}"));
        server.enqueue(json(200, "{\"data\":{\"x3Sales\":{\"salesOrder\":{\"update\":{\"id\":\"SO1\"}}}}}"));
        X3ClientConfig config = config().credentials(new ClientCredentials("/v1/token", "x3ups-cloud-app",
                Secret.of("x3ups-cloud-app-secret"), null, null)).build();

        try (X3Client client = X3Client.open(config)) {
            client.records().create(X3Representation.of("YSHIPTRK", "YSHIPTRK"), tree("{\"YORDNUM\":\"SO1\"}"));
            assertThat(client.graphQl().execute(
                    "mutation U($id: String!) { x3Sales { salesOrder { update(data: {id: $id}) { id } } } }",
                    Map.of("id", "SO1")).path("x3Sales").path("salesOrder").path("update").path("id").asText())
                    .isEqualTo("SO1");
        }

        assertThat(server.takeRequest().getBody().utf8()).contains("grant_type=client_credentials");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer cc-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).as("token reused").isEqualTo("Bearer cc-1");
    }

    @Test
    void refusedBasicCredentialsAreReportedWithoutThePassword() {
        server.enqueue(json(401, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Authentication failed\"}]}"));

        assertThatThrownBy(() -> {
            try (OrderFeed feed = X3Client.orderFeed(config()
                    .credentials(new BasicCredentials("wsconnector", Secret.of("wrong-password"))).build())) {
                feed.checkAccess();
            }
        }).isInstanceOf(X3AuthenticationException.class)
                .hasMessageContaining("Authentication failed").hasMessageNotContaining("wrong-password");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
