package dev.x3ups.quickstart.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ConfiguredEndpointsTest {

    @Test
    void findsEachServicePortInTheConfigs() {
        ConfiguredEndpoints e = ConfiguredEndpoints.of(List.of(
                new ConnectorConfig("x3-sink", Map.of("x3.url", "http://localhost:8124")),
                new ConnectorConfig("ups-sink", Map.of("ups.base.url", "http://localhost:8090",
                        "ledger.bootstrap.servers", "localhost:9092,localhost:9093")),
                new ConnectorConfig("tracking", Map.of("listener.port", "8088"))));

        assertThat(e.x3()).hasValue(8124);
        assertThat(e.ups()).hasValue(8090);
        assertThat(e.kafka()).hasValue(9092);
        assertThat(e.webhook()).hasValue(8088);
    }

    @Test
    void absentOrPortlessSettingsGiveNothing() {
        ConfiguredEndpoints e = ConfiguredEndpoints.of(List.of(
                new ConnectorConfig("x3-sink", Map.of("x3.url", "https://x3.example.com"))));

        assertThat(e.x3()).isEqualTo(OptionalInt.empty());
        assertThat(e.kafka()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void webhookPortKeysAreRecognisedByName() {
        assertThat(ConfiguredEndpoints.isWebhookPortKey("listener.port")).isTrue();
        assertThat(ConfiguredEndpoints.isWebhookPortKey("webhook.port")).isTrue();
        assertThat(ConfiguredEndpoints.isWebhookPortKey("ups.base.url")).isFalse();
        assertThat(ConfiguredEndpoints.isWebhookPortKey("report.port.enabled")).isFalse();
    }
}
