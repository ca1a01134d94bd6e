package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.config.ConnectorConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookListenerTest {

    @Test
    void anOauthListenerIsRegisteredWithItsPathTokenEndpointAndClient() {
        ConnectorConfig tracking = new ConnectorConfig("ups-tracking", Map.of(
                "connector.class", "dev.x3ups.ups.tracking.UpsTrackingSourceConnector",
                "listener.path", "/hooks/ups", "listener.token.path", "/hooks/token",
                "webhook.client.id", "ups-pubsub", "webhook.client.secret", "hook-secret"));

        WebhookTarget target = WebhookListener.target(tracking, 9123);

        assertThat(WebhookListener.runsListener(tracking)).isTrue();
        assertThat(target).isEqualTo(WebhookTarget.oauth("http://127.0.0.1:9123/hooks/ups",
                "http://127.0.0.1:9123/hooks/token", "ups-pubsub", "hook-secret"));
        assertThat(target.toString()).doesNotContain("hook-secret");
    }

    @Test
    void theConnectorDefaultsApplyWhenTheConfigLeavesThemOut() {
        WebhookTarget target = WebhookListener.target(new ConnectorConfig("t", Map.of("listener.port", "8088")), 8088);

        assertThat(target.url()).isEqualTo("http://127.0.0.1:8088/ups/track-alert");
        assertThat(target.tokenUrl()).isEqualTo("http://127.0.0.1:8088/ups/oauth/token");
    }

    @Test
    void aCredentialListenerGetsTheStaticCredential() {
        WebhookTarget target = WebhookListener.target(new ConnectorConfig("t", Map.of(
                "webhook.auth", "CREDENTIAL", "webhook.credential", "c-123")), 8088);

        assertThat(target.oauth()).isFalse();
        assertThat(target.credential()).isEqualTo("c-123");
        assertThat(target.toString()).doesNotContain("c-123");
    }

    @Test
    void otherConnectorsRunNoListener() {
        assertThat(WebhookListener.runsListener(new ConnectorConfig("ups-sink",
                Map.of("connector.class", "dev.x3ups.ups.sink.UpsSinkConnector")))).isFalse();
    }
}
