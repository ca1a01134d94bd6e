package dev.x3ups.ups.sink.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactionSettingsTest {

    @Test
    void aNewTopicIsCompactedWithDailySegmentsAndAnEagerCleaner() {
        assertThat(CompactionSettings.forNewTopic()).containsEntry("cleanup.policy", "compact")
                .containsEntry("segment.ms", "86400000").containsEntry("delete.retention.ms", "86400000")
                .containsEntry("min.cleanable.dirty.ratio", "0.1");
        assertThat(CompactionSettings.warning("ups.shipments", CompactionSettings.forNewTopic())).isEmpty();
    }

    @Test
    void anExistingTopicWithKafkasDefaultsIsWarnedAboutWithTheCommandThatFixesIt() {
        Map<String, String> defaults = Map.of("cleanup.policy", "compact", "segment.ms", "604800000",
                "min.cleanable.dirty.ratio", "0.5", "delete.retention.ms", "86400000");

        assertThat(CompactionSettings.warning("ups.shipments", defaults)).hasValueSatisfying(w -> assertThat(w)
                .contains("segment.ms=604800000", "min.cleanable.dirty.ratio=0.5")
                .contains("kafka-configs --bootstrap-server <brokers> --alter --entity-type topics --entity-name "
                        + "ups.shipments --add-config cleanup.policy=compact,segment.ms=86400000,"
                        + "delete.retention.ms=86400000,min.cleanable.dirty.ratio=0.1"));
    }

    @Test
    void aTopicThatIsNotCompactedIsWarnedAbout() {
        assertThat(CompactionSettings.warning("t", Map.of("cleanup.policy", "delete"))).hasValueSatisfying(
                w -> assertThat(w).contains("cleanup.policy=delete"));
        assertThat(CompactionSettings.warning("t", Map.of("cleanup.policy", "compact,delete", "segment.ms", "3600000")))
                .isEmpty();
    }
}
