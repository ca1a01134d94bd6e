package dev.x3ups.x3.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.Transport;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ClientCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.source.config.X3SourceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOrderFeedsTest {

    private static Map<String, String> props(String mode) {
        Map<String, String> props = new HashMap<>();
        props.put(X3ConnectionConfig.URL_CONFIG, "https://x3.example.com:8124/");
        props.put(X3ConnectionConfig.ENDPOINT_CONFIG, "SEED");
        props.put(X3ConnectionConfig.AUTH_MODE_CONFIG, mode);
        props.put(X3ConnectionConfig.USERNAME_CONFIG, "wsconnector");
        props.put(X3ConnectionConfig.PASSWORD_CONFIG, "basic-secret");
        props.put(X3ConnectionConfig.CLIENT_ID_CONFIG, "x3ups-connector");
        props.put(X3ConnectionConfig.CLIENT_SECRET_CONFIG, "client-secret");
        props.put(X3ConnectionConfig.TOKEN_URL_CONFIG, "https://x3.example.com:8124/v1/token");
        props.put(X3ConnectionConfig.REFRESH_TOKEN_CONFIG, "refresh-secret");
        return props;
    }

    private static X3ClientConfig clientConfig(Map<String, String> props) {
        return ClientOrderFeeds.clientConfig(new X3SourceConfig(props));
    }

    @Test
    void basicOverRestWithTheConfiguredRepresentations() {
        Map<String, String> props = props("BASIC");
        props.put(X3SourceConfig.SALES_REPRESENTATION_CONFIG, "YSOSHIP");

        X3ClientConfig config = clientConfig(props);

        assertThat(config.baseUrl()).isEqualTo("https://x3.example.com:8124");
        assertThat(config.endpoint()).isEqualTo("SEED");
        assertThat(config.transport()).isEqualTo(Transport.REST);
        assertThat(config.representation(OrderKind.SALES).className()).isEqualTo("SORDER");
        assertThat(config.representation(OrderKind.SALES).representation()).isEqualTo("YSOSHIP");
        assertThat(config.representation(OrderKind.PURCHASE).representation()).isEqualTo("PORDER");
        assertThat(config.credentials()).isInstanceOfSatisfying(BasicCredentials.class, c -> {
            assertThat(c.user()).isEqualTo("wsconnector");
            assertThat(c.password().reveal()).isEqualTo("basic-secret");
        });
        assertThat(config.toString()).doesNotContain("basic-secret");
    }

    @Test
    void theWriteBackLookupMirrorsTheX3SinksDefaultClassAndCanBeTurnedOffOrRenamed() {
        assertThat(clientConfig(props("BASIC")).writeBackLookup()).isEqualTo(WriteBackLookup.DEFAULT);

        Map<String, String> props = props("BASIC");
        props.put(X3SourceConfig.WRITEBACK_LOOKUP_ENABLED_CONFIG, "false");
        assertThat(clientConfig(props).writeBackLookup().enabled()).isFalse();

        props.put(X3SourceConfig.WRITEBACK_LOOKUP_ENABLED_CONFIG, "true");
        props.put(X3SourceConfig.WRITEBACK_CLASS_CONFIG, "ZTRACK");
        props.put(X3SourceConfig.WRITEBACK_REPRESENTATION_CONFIG, "ZTRACKQ");
        props.put(X3SourceConfig.WRITEBACK_KIND_FIELD_CONFIG, "");
        props.put(X3SourceConfig.WRITEBACK_DIGEST_FIELD_CONFIG, " ");
        props.put(X3SourceConfig.WRITEBACK_ECHO_TOLERANCE_MS_CONFIG, "2000");
        WriteBackLookup renamed = clientConfig(props).writeBackLookup();
        assertThat(renamed.representation()).isEqualTo(X3Representation.of("ZTRACK", "ZTRACKQ"));
        assertThat(renamed.kindField()).isNull();
        assertThat(renamed.digestField()).isNull();
        assertThat(renamed.echoTolerance()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void connectedAppJwtOverGraphQl() {
        Map<String, String> props = props("JWT");
        props.put(X3ConnectionConfig.TRANSPORT_CONFIG, "GRAPHQL");

        X3ClientConfig config = clientConfig(props);

        assertThat(config.transport()).isEqualTo(Transport.GRAPHQL);
        assertThat(config.graphQlPath()).isEqualTo("/xtrem/api");
        assertThat(config.graphQlEndpointHeader()).isEqualTo("x-xtrem-endpoint");
        assertThat(config.credentials()).isInstanceOfSatisfying(ConnectedAppCredentials.class, c -> {
            assertThat(c.clientId()).isEqualTo("x3ups-connector");
            assertThat(c.user()).isEqualTo("wsconnector");
            assertThat(c.secret().reveal()).isEqualTo("client-secret");
        });
    }

    @Test
    void refreshTokenThroughTheCloudGatewayPersistsRotatedTokens() {
        Map<String, String> props = props("REFRESH_TOKEN");
        props.put(X3ConnectionConfig.GRAPHQL_PATH_CONFIG, "/v1/service/{endpoint}/api");
        props.put(X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG, "/var/lib/connect/x3-refresh-token");

        X3ClientConfig config = clientConfig(props);

        assertThat(config.graphQlPath()).isEqualTo("/v1/service/SEED/api");
        assertThat(config.graphQlEndpointHeader()).isNull();
        assertThat(config.credentials()).isInstanceOfSatisfying(RefreshTokenCredentials.class, c -> {
            assertThat(c.initialRefreshToken().reveal()).isEqualTo("refresh-secret");
            assertThat(c.storeFile()).isEqualTo(Path.of("/var/lib/connect/x3-refresh-token"));
            assertThat(c.tokenUrl()).isEqualTo("https://x3.example.com:8124/v1/token");
        });
        assertThat(config.toString()).doesNotContain("refresh-secret").doesNotContain("client-secret");
    }

    @Test
    void clientCredentialsWithScope() {
        Map<String, String> props = props("CLIENT_CREDENTIALS");
        props.put(X3ConnectionConfig.OAUTH_SCOPE_CONFIG, "api.graphQL");

        assertThat(clientConfig(props).credentials()).isInstanceOfSatisfying(ClientCredentials.class, c -> {
            assertThat(c.scope()).isEqualTo("api.graphQL");
            assertThat(c.clientSecret().reveal()).isEqualTo("client-secret");
        });
    }
}
