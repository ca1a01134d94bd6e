package dev.x3ups.records;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * Ledger entries as they sit on {@code ups.shipments}: the order key as a UTF-8 string key, the entry as
 * Connect JSON with its schema embedded. The UPS sink writes with it and reads itself back; the tracking
 * source reads with it; the X3 sink reads the same bytes with Connect's JSON converter.
 */
public final class ShipmentLedgerCodec {
    private final JsonConverter converter = new JsonConverter();
    private final String topic;

    public ShipmentLedgerCodec(String topic) {
        this.topic = topic;
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
    }

    public byte[] key(ShipmentLedgerEntry entry) {
        return entry.orderKey().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] value(ShipmentLedgerEntry entry) {
        return converter.fromConnectData(topic, ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(entry));
    }

    /** The entry, or {@code null} for a tombstone. */
    public ShipmentLedgerEntry entry(byte[] value) {
        if (value == null) {
            return null;
        }
        SchemaAndValue data = converter.toConnectData(topic, value);
        return data.value() == null ? null : ShipmentRecords.fromStruct((Struct) data.value());
    }

    /** The order key of a record key, {@code null} when there is none. */
    public static String orderKey(byte[] key) {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }
}
