package dev.x3ups.x3.sink.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.sink.testing.Records;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class OrderBatchTest {

    private final RecordDecoder decoder = new RecordDecoder("ups.shipments", "ups.tracking");

    @Test
    void groupsRecordsPerOrderAndCountsTheCoalescedOnes() {
        OrderBatch batch = new OrderBatch();
        String other = "SEED:SALES:SO000002";
        SinkRecord a = Records.record(Records.created(Records.ORDER, "1Z1"));
        SinkRecord b = Records.record(Records.event("1Z1", "I", "2025-01-15T20:00:00Z"));
        SinkRecord c = Records.record(Records.created(other, "1Z2"));
        SinkRecord d = Records.record(Records.event("1Z1", "D", "2025-01-16T20:00:00Z"));
        for (SinkRecord record : new SinkRecord[] {a, b, c, d}) {
            batch.add(record, decoder.decode(record));
        }
        assertThat(batch.updatesByOrder()).containsOnlyKeys(OrderKey.parse(Records.ORDER), OrderKey.parse(other));
        assertThat(batch.updatesByOrder().get(OrderKey.parse(Records.ORDER))).hasSize(3);
        assertThat(batch.records(OrderKey.parse(Records.ORDER))).containsExactly(a, b, d);
        assertThat(batch.coalesced()).isEqualTo(2);
        assertThat(new OrderBatch().isEmpty()).isTrue();
    }
}
