package dev.x3ups.it.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.embedded.rest.RestResponse;
import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared broker and worker work and load our plugin archive. */
@ConnectIT
class HarnessSmokeIT {

    @Test
    void brokerRoundTripsRecords(ConnectCluster cluster, TestNames names) {
        String topic = names.topic("smoke");
        cluster.topics().create(topic, 2);
        cluster.writer().produce(topic, "SO-0001", "{\"orderNumber\":\"SO-0001\"}");

        List<ConsumerRecord<byte[], byte[]>> records = cluster.reader().readAll(topic, Isolation.READ_COMMITTED);

        assertThat(records).hasSize(1);
        assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("SO-0001");
    }

    @Test
    void workerIsHealthy(ConnectCluster cluster) {
        assertThat(cluster.rest().health().status()).isEqualTo(200);
        assertThat(cluster.rest().connectors().orThrow().isArray()).isTrue();
    }

    @Test
    void workerListsEveryConnectorOfThePluginArchive(ConnectCluster cluster) {
        Set<String> ours = cluster.plugin().connectorClasses();

        JsonNode plugins = cluster.rest().connectorPlugins(true).orThrow();

        assertThat(plugins.findValuesAsText("class")).containsAll(ours);
    }

    @Test
    void connectorWithoutAClassIsRejectedWithA400(ConnectCluster cluster, TestNames names) {
        RestResponse answer = cluster.rest().createConnector(names.connector("classless"), Map.of("tasks.max", "1"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("no connector type");
    }

    @Test
    void logsOfWorkerThreadsCanBeReadBack(ConnectCluster cluster, CapturedLog log) {
        LoggerFactory.getLogger(HarnessSmokeIT.class).warn("smoke marker {}", cluster.bootstrapServers());

        assertThat(log.text()).contains("smoke marker " + cluster.bootstrapServers());
    }
}
