package dev.x3ups.x3.source.poll;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.x3.source.offset.OrderPartition;
import org.apache.kafka.connect.source.SourceRecord;

/** Turns an emitted order into the {@code x3.orders} record with its partition and offset. */
final class RecordFactory {

    private final String topic;

    RecordFactory(String topic) {
        this.topic = topic;
    }

    SourceRecord toRecord(OrderPartition partition, Emission emission) {
        Order order = emission.order();
        return new SourceRecord(partition.toMap(), emission.offset().toMap(), topic, null,
                OrderRecords.KEY_SCHEMA, order.key(), OrderRecords.VALUE_SCHEMA, OrderRecords.toStruct(order),
                order.revision().toEpochMilli());
    }
}
