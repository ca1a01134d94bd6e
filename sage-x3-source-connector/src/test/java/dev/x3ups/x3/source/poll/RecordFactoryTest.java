package dev.x3ups.x3.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.x3.source.offset.OrderOffset;
import dev.x3ups.x3.source.offset.OrderPartition;
import dev.x3ups.x3.source.testing.FakeOrderFeed;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class RecordFactoryTest {

    @Test
    void buildsTheX3OrdersRecordWithBusinessKeyPartitionAndOffset() {
        Instant revision = Instant.parse("2026-05-01T08:00:00Z");
        Order order = FakeOrderFeed.order(OrderKind.PURCHASE, "PO7", revision);
        OrderOffset offset = new OrderOffset(revision.plusSeconds(1), "SEED:PURCHASE:PO9");

        SourceRecord record = new RecordFactory("orders-topic")
                .toRecord(new OrderPartition("SEED", OrderKind.PURCHASE), new Emission(order, offset));

        assertThat(record.topic()).isEqualTo("orders-topic");
        assertThat(record.kafkaPartition()).isNull();
        assertThat(record.keySchema()).isEqualTo(OrderRecords.KEY_SCHEMA);
        assertThat(record.key()).isEqualTo("SEED:PURCHASE:PO7");
        assertThat(record.sourcePartition()).isEqualTo(Map.of("folder", "SEED", "entity", "PURCHASE"));
        assertThat(record.sourceOffset()).isEqualTo(offset.toMap());
        assertThat(OrderRecords.fromStruct((Struct) record.value())).isEqualTo(order);
        assertThat(record.timestamp()).isEqualTo(revision.toEpochMilli());
    }
}
