package dev.x3ups.ups.tracking.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import java.util.Map;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/** Ledger values as the UPS sink writes them: JSON with the schema embedded (Connect's JSON converter). */
public final class LedgerDecoder {
    private final JsonConverter converter = new JsonConverter();
    private final String topic;

    public LedgerDecoder(String topic) {
        this.topic = topic;
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
    }

    /** The entry, or null for a tombstone. */
    public ShipmentLedgerEntry decode(byte[] value) {
        if (value == null) {
            return null;
        }
        SchemaAndValue data = converter.toConnectData(topic, value);
        return data.value() == null ? null : ShipmentRecords.fromStruct((Struct) data.value());
    }
}
