package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {

    private static final TopicPartition A = new TopicPartition("ledger", 0);
    private static final TopicPartition B = new TopicPartition("tracking", 0);

    @Test
    void lagIsWhatLiesPastTheCommittedOffsetsAndANeverCommittedPartitionCountsWhole() {
        assertThat(ConsumerLag.lag(Map.of(A, 100L, B, 40L), Map.of(A, new OffsetAndMetadata(90)))).isEqualTo(50);
        assertThat(ConsumerLag.lag(Map.of(A, 100L, B, 40L), Map.of(A, new OffsetAndMetadata(100),
                B, new OffsetAndMetadata(40)))).isZero();
    }
}
