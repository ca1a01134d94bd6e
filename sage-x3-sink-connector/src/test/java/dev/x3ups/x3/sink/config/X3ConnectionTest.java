package dev.x3ups.x3.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class X3ConnectionTest {

    @Test
    void basicCredentialsAndTheXtremGraphQlPath() {
        X3ClientConfig client = X3Connection.clientConfig(new X3SinkConfig(X3SinkConfigTest.basic()));
        assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8124");
        assertThat(client.endpoint()).isEqualTo("SEED");
        assertThat(client.credentials()).isInstanceOf(BasicCredentials.class);
        assertThat(((BasicCredentials) client.credentials()).password().reveal()).isEqualTo("Connector#2025");
        assertThat(client.graphQlPath()).isEqualTo("/xtrem/api");
        assertThat(client.graphQlEndpointHeader()).isEqualTo("x-xtrem-endpoint");
        assertThat(client.transientMessages().matches("Web service pool is busy, retry later")).isTrue();
        assertThat(client.toString()).doesNotContain("Connector#2025");
    }

    @Test
    void connectedAppAndGatewayPath() {
        Map<String, String> props = X3SinkConfigTest.basic();
        props.put("x3.auth.mode", "JWT");
        props.put("x3.client.id", "x3ups-connector");
        props.put("x3.client.secret", "s3cret-s3cret-s3cret-s3cret-s3cret");
        props.put("x3.target.graphql.path", "/v1/service/{endpoint}/api");
        X3ClientConfig client = X3Connection.clientConfig(new X3SinkConfig(props));
        assertThat(client.credentials()).isInstanceOf(ConnectedAppCredentials.class);
        assertThat(((ConnectedAppCredentials) client.credentials()).user()).isEqualTo("wsconnector");
        assertThat(client.graphQlPath()).isEqualTo("/v1/service/SEED/api");
        assertThat(client.graphQlEndpointHeader()).isNull();
    }

    @Test
    void refreshTokenWithItsStoreFile() {
        Map<String, String> props = X3SinkConfigTest.basic();
        props.put("x3.auth.mode", "REFRESH_TOKEN");
        props.put("x3.client.id", "x3ups-cloud-app");
        props.put("x3.client.secret", "x3ups-cloud-app-secret");
        props.put("x3.token.url", "http://127.0.0.1:8124/v1/token");
        props.put("x3.refresh.token", "rt-1");
        props.put("x3.refresh.token.file", "/var/lib/connect/x3-sink.token");
        RefreshTokenCredentials credentials =
                (RefreshTokenCredentials) X3Connection.clientConfig(new X3SinkConfig(props)).credentials();
        assertThat(credentials.storeFile()).isEqualTo(Path.of("/var/lib/connect/x3-sink.token"));
        assertThat(credentials.initialRefreshToken().reveal()).isEqualTo("rt-1");
    }
}
