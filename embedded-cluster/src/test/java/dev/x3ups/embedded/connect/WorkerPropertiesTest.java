package dev.x3ups.embedded.connect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerPropertiesTest {

    @Test
    void distributedWorkerOnEphemeralPortWithServiceLoadedPlugins() {
        Map<String, String> props = WorkerProperties.distributed("127.0.0.1:9092", "connect-a", Path.of("plugins"), false, Map.of());

        assertThat(props).containsEntry("bootstrap.servers", "127.0.0.1:9092")
                .containsEntry("group.id", "connect-a")
                .containsEntry("listeners", "http://127.0.0.1:0")
                .containsEntry("plugin.path", Path.of("plugins").toAbsolutePath().toString())
                .containsEntry("plugin.discovery", "service_load")
                .containsEntry("offset.flush.interval.ms", "500")
                .containsEntry("value.converter", "org.apache.kafka.connect.json.JsonConverter")
                .containsEntry("value.converter.schemas.enable", "true")
                .doesNotContainKey("exactly.once.source.support");
    }

    @Test
    void internalTopicsAreNamedAfterTheGroupWithReplicationOne() {
        Map<String, String> props = WorkerProperties.distributed("b:1", "connect-b", null, false, Map.of());

        assertThat(props).containsEntry("config.storage.topic", "connect-b-configs")
                .containsEntry("offset.storage.topic", "connect-b-offsets")
                .containsEntry("status.storage.topic", "connect-b-status")
                .containsEntry("config.storage.replication.factor", "1")
                .containsEntry("offset.storage.replication.factor", "1")
                .containsEntry("status.storage.replication.factor", "1")
                .doesNotContainKey("plugin.path");
    }

    @Test
    void exactlyOnceSourceAndOverrides() {
        Map<String, String> props = WorkerProperties.distributed("b:1", "g", null, true,
                Map.of("value.converter.schemas.enable", "false", "scheduled.rebalance.max.delay.ms", "500"));

        assertThat(props).containsEntry("exactly.once.source.support", "enabled")
                .containsEntry("value.converter.schemas.enable", "false")
                .containsEntry("scheduled.rebalance.max.delay.ms", "500");
    }
}
