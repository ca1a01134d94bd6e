package dev.x3ups.ups.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The task's wiring runs on real Kafka in the integration tests; here: what it refuses before touching Kafka. */
class UpsSinkTaskTest {
    @Test
    void withoutLedgerBootstrapServersTheTaskSaysWhichKeyIsMissing() {
        Map<String, String> props = SinkOrders.config();
        props.remove(UpsSinkConfig.LEDGER_BOOTSTRAP_CONFIG);

        assertThatThrownBy(() -> new UpsSinkTask().start(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(UpsSinkConfig.LEDGER_BOOTSTRAP_CONFIG)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sim-client-secret"));
    }

    @Test
    void stopBeforeStartIsHarmless() {
        UpsSinkTask task = new UpsSinkTask();
        task.stop();
        assertThat(task.version()).isEqualTo(Version.get());
    }
}
