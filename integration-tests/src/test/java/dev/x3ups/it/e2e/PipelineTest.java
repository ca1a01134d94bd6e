package dev.x3ups.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private final Pipeline pipeline = new Pipeline("http://127.0.0.1:1", "http://127.0.0.1:2", "127.0.0.1:3", 4);
    private final Map<String, Map<String, String>> connectors = pipeline.connectors();

    @Test
    void createsProducersBeforeTheirConsumers() {
        assertThat(connectors.keySet()).containsExactly(Pipeline.X3_SOURCE, Pipeline.UPS_SINK, Pipeline.UPS_TRACKING,
                Pipeline.X3_SINK);
    }

    @Test
    void eachTopicFeedsTheNextConnector() {
        Map<String, String> source = connectors.get(Pipeline.X3_SOURCE);
        Map<String, String> upsSink = connectors.get(Pipeline.UPS_SINK);
        Map<String, String> tracking = connectors.get(Pipeline.UPS_TRACKING);
        Map<String, String> x3Sink = connectors.get(Pipeline.X3_SINK);

        assertThat(upsSink.get("topics")).isEqualTo(source.get("topic"));
        assertThat(tracking.get("ledger.topic")).isEqualTo(upsSink.get("ledger.topic"));
        assertThat(List.of(x3Sink.get("topics").split(","))).containsExactlyInAnyOrder(upsSink.get("ledger.topic"),
                tracking.get("topic"));
        assertThat(x3Sink.get("x3.shipments.topic")).isEqualTo(upsSink.get("ledger.topic"));
        assertThat(x3Sink.get("x3.tracking.topic")).isEqualTo(tracking.get("topic"));
    }

    @Test
    void everyConnectorSpeaksStructsAsJsonWithSchemas() {
        assertThat(connectors.values()).allSatisfy(c -> {
            assertThat(c).containsEntry("value.converter", "org.apache.kafka.connect.json.JsonConverter")
                    .containsEntry("value.converter.schemas.enable", "true");
            assertThat(Pipeline.tasks(c)).isPositive();
        });
    }

    @Test
    void theWebhookGoesToTheListenerPort() {
        Map<String, String> tracking = connectors.get(Pipeline.UPS_TRACKING);

        assertThat(tracking).containsEntry("listener.port", "4");
        assertThat(pipeline.webhookUrl()).isEqualTo("http://127.0.0.1:4" + tracking.get("listener.path"));
        assertThat(pipeline.webhookTokenUrl()).isEqualTo("http://127.0.0.1:4" + tracking.get("listener.token.path"));
    }

    @Test
    void everySecretUsedIsListedForTheLeakCheck() {
        assertThat(Pipeline.secrets()).contains(connectors.get(Pipeline.UPS_SINK).get("ups.client.secret"),
                connectors.get(Pipeline.X3_SOURCE).get("x3.password"),
                connectors.get(Pipeline.UPS_TRACKING).get("webhook.client.secret"));
    }
}
