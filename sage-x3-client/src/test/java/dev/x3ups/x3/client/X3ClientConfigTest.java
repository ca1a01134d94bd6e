package dev.x3ups.x3.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.Secret;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import dev.x3ups.x3.client.http.TransientMessages;
import org.junit.jupiter.api.Test;

class X3ClientConfigTest {

    @Test
    void defaultsToRestOnTheStandardRepresentations() {
        X3ClientConfig config = X3ClientConfig.builder().baseUrl("http://x3:8124/").endpoint("SEED")
                .credentials(new BasicCredentials("ws", Secret.of("pw"))).build();

        assertThat(config.baseUrl()).isEqualTo("http://x3:8124");
        assertThat(config.folder()).isEqualTo("SEED");
        assertThat(config.transport()).isEqualTo(Transport.REST);
        assertThat(config.representation(OrderKind.SALES)).isEqualTo(new X3Representation("SORDER", "SORDER"));
        assertThat(config.representation(OrderKind.PURCHASE)).isEqualTo(new X3Representation("PORDER", "PORDER"));
        assertThat(config.graphQlPath()).isEqualTo("/xtrem/api");
        assertThat(config.graphQlEndpointHeader()).isEqualTo("x-xtrem-endpoint");
        assertThat(config.transientMessages()).isSameAs(TransientMessages.DEFAULT);
    }

    @Test
    void graphQlApiSendsTheEndpointHeaderOnlyWhenThePathDoesNotNameTheEndpoint() {
        X3ClientConfig.Builder builder = X3ClientConfig.builder().baseUrl("http://x3").endpoint("ACME")
                .credentials(new BasicCredentials("ws", Secret.of("pw")));

        X3ClientConfig gateway = builder.graphQlApi("/v1/service/{endpoint}/api").build();
        assertThat(gateway.graphQlPath()).isEqualTo("/v1/service/ACME/api");
        assertThat(gateway.graphQlEndpointHeader()).isNull();

        X3ClientConfig services = builder.graphQlApi("/xtrem/api").build();
        assertThat(services.graphQlEndpointHeader()).isEqualTo("x-xtrem-endpoint");
    }

    @Test
    void cloudGatewayPutsTheEndpointInThePath() {
        X3ClientConfig config = X3ClientConfig.builder().baseUrl("https://api.eu-sagex3.com").endpoint("ACME")
                .transport(Transport.GRAPHQL).cloudGateway()
                .credentials(new BasicCredentials("ws", Secret.of("pw"))).build();

        assertThat(config.graphQlPath()).isEqualTo("/v1/service/ACME/api");
        assertThat(config.graphQlEndpointHeader()).isNull();
    }

    @Test
    void toStringShowsNoSecret() {
        X3ClientConfig basic = X3ClientConfig.builder().baseUrl("http://x3").endpoint("SEED")
                .credentials(new BasicCredentials("ws", Secret.of("Connector#2025"))).build();
        X3ClientConfig jwt = X3ClientConfig.builder().baseUrl("http://x3").endpoint("SEED")
                .credentials(new ConnectedAppCredentials("app", Secret.of("app-secret-value"), "ws", null, null))
                .build();
        X3ClientConfig refresh = X3ClientConfig.builder().baseUrl("http://x3").endpoint("SEED")
                .credentials(new RefreshTokenCredentials("/v1/token", "app", Secret.of("client-secret-value"),
                        Secret.of("refresh-token-value"), null, null, null))
                .build();

        assertThat(basic.toString()).contains("ws").doesNotContain("Connector#2025");
        assertThat(jwt.toString()).contains("app").doesNotContain("app-secret-value");
        assertThat(refresh.toString()).doesNotContain("client-secret-value").doesNotContain("refresh-token-value");
    }

    @Test
    void requiresEndpointAndCredentials() {
        assertThatThrownBy(() -> X3ClientConfig.builder().baseUrl("http://x3")
                .credentials(new BasicCredentials("ws", Secret.of("pw"))).build())
                .hasMessageContaining("endpoint");
        assertThatThrownBy(() -> X3ClientConfig.builder().baseUrl("http://x3").endpoint("SEED").build())
                .hasMessageContaining("credentials");
    }
}
