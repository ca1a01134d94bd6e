package dev.x3ups.benchmarks.harness;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/** The topics' values as the connectors write them: Connect JSON with schemas. */
public final class RecordCodec {

    private final JsonConverter converter = new JsonConverter();

    public RecordCodec() {
        converter.configure(Map.of("schemas.enable", "true"), false);
    }

    public byte[] order(String topic, Order order) {
        return converter.fromConnectData(topic, OrderRecords.VALUE_SCHEMA, OrderRecords.toStruct(order));
    }

    public byte[] ledgerEntry(String topic, ShipmentLedgerEntry entry) {
        return converter.fromConnectData(topic, ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(entry));
    }

    public ShipmentLedgerEntry ledgerEntry(String topic, byte[] value) {
        return ShipmentRecords.fromStruct((Struct) converter.toConnectData(topic, value).value());
    }
}
