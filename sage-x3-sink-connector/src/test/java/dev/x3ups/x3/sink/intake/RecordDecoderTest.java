package dev.x3ups.x3.sink.intake;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.x3.sink.testing.Records;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {

    private final RecordDecoder decoder = new RecordDecoder("ups.shipments", "ups.tracking");

    @Test
    void decodesLedgerEntriesAndTrackingEvents() {
        OrderUpdate ledger = decoder.decode(Records.record(Records.created(ORDER, "1Z1")));
        assertThat(ledger).isInstanceOf(OrderUpdate.Ledger.class);
        assertThat(ledger.order()).isEqualTo(OrderKey.parse(ORDER));
        OrderUpdate tracking = decoder.decode(Records.record(Records.event("1Z1", "I", "2025-01-15T20:00:00Z")));
        assertThat(tracking).isInstanceOf(OrderUpdate.Tracking.class);
        assertThat(((OrderUpdate.Tracking) tracking).event().statusType()).isEqualTo("I");
    }

    @Test
    void recognisesARenamedTopicByItsSchema() {
        SinkRecord original = Records.record(Records.event("1Z1", "I", "2025-01-15T20:00:00Z"));
        SinkRecord renamed = original.newRecord("prod.tracking", 0, original.keySchema(), original.key(),
                original.valueSchema(), original.value(), null);
        assertThat(decoder.decode(renamed)).isInstanceOf(OrderUpdate.Tracking.class);
    }

    @Test
    void aLedgerTombstoneOfARetiredOrderMakesNoUpdate() {
        assertThat(decoder.decodeAll(new SinkRecord("ups.shipments", 0, null, ORDER, null, null, 1))).isEmpty();
        assertThatThrownBy(() -> decoder.decodeAll(new SinkRecord("ups.tracking", 0, null, "1Z1", null, null, 2)))
                .as("the tracking topic has no tombstones").isInstanceOf(DataException.class)
                .hasMessageContaining("tombstone");
    }

    @Test
    void explainsWhyARecordCannotBeUsed() {
        assertThatThrownBy(() -> decoder.decode(new SinkRecord("ups.tracking", 0, null, "1Z1", null, null, 1)))
                .isInstanceOf(DataException.class).hasMessageContaining("tombstone");
        assertThatThrownBy(() -> decoder.decode(new SinkRecord("ups.tracking", 0, null, "1Z1", null, "{}", 1)))
                .isInstanceOf(DataException.class).hasMessageContaining("not a Struct");
        Struct noOrder = TrackingEventRecords.toStruct(Records.event(null, "1Z9", "I", "2025-01-15T20:00:00Z", null, null,
                false, null));
        assertThatThrownBy(() -> decoder.decode(new SinkRecord("ups.tracking", 0, null, "1Z9",
                TrackingEventRecords.VALUE_SCHEMA, noOrder, 1)))
                .isInstanceOf(DataException.class).hasMessageContaining("names no order");
        Struct other = new Struct(org.apache.kafka.connect.data.SchemaBuilder.struct().field("a", Schema.STRING_SCHEMA).build())
                .put("a", "b");
        assertThatThrownBy(() -> decoder.decode(new SinkRecord("x3.orders", 0, null, "k", other.schema(), other, 1)))
                .isInstanceOf(DataException.class).hasMessageContaining("neither");
    }
}
