package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PartitionProgressTest {
    private final PartitionProgress progress = new PartitionProgress();
    private final TopicPartition p0 = new TopicPartition("orders", 0);
    private final TopicPartition p1 = new TopicPartition("orders", 1);

    @Test
    void commitsStopAtTheFirstUnfinishedRecord() {
        progress.started(p0, 10);
        progress.started(p0, 11);
        progress.started(p0, 12);
        assertThat(progress.committable()).isEmpty();

        progress.finished(p0, 11);
        progress.finished(p0, 12);
        assertThat(progress.committable()).isEmpty();

        progress.finished(p0, 10);
        assertThat(progress.committable()).containsEntry(p0, new OffsetAndMetadata(13));
    }

    @Test
    void aNewUnfinishedRecordHoldsBackOnlyItsOwnPartition() {
        progress.started(p0, 0);
        progress.finished(p0, 0);
        progress.started(p1, 5);
        progress.finished(p1, 5);
        progress.started(p1, 6);

        assertThat(progress.committable()).containsEntry(p0, new OffsetAndMetadata(1))
                .containsEntry(p1, new OffsetAndMetadata(6));
    }

    @Test
    void forgottenPartitionsAreNotCommittedAndLateFinishesAreIgnored() {
        progress.started(p0, 0);
        progress.forget(List.of(p0));
        progress.finished(p0, 0);
        assertThat(progress.committable()).isEmpty();
    }
}
