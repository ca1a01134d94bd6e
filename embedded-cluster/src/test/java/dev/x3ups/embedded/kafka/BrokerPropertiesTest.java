package dev.x3ups.embedded.kafka;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerPropertiesTest {

    private final Map<String, String> props = BrokerProperties.singleNode(9092, 9093, Path.of("/tmp/kafka-logs"), Map.of());

    @Test
    void oneNodeIsBothBrokerAndTheOnlyVoter() {
        assertThat(props).containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
                .containsEntry("log.dirs", Path.of("/tmp/kafka-logs").toAbsolutePath().toString());
    }

    @Test
    void internalTopicsFitOnOneNodeSoConnectAndTransactionsWork() {
        assertThat(props).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("group.min.session.timeout.ms", "1000");
    }

    @Test
    void overridesWin() {
        Map<String, String> overridden = BrokerProperties.singleNode(1, 2, Path.of("x"),
                Map.of("group.initial.rebalance.delay.ms", "3000", "auto.create.topics.enable", "true"));

        assertThat(overridden).containsEntry("group.initial.rebalance.delay.ms", "3000")
                .containsEntry("auto.create.topics.enable", "true");
    }
}
