package dev.x3ups.ups.tracking.ledger;

import static dev.x3ups.ups.tracking.ledger.LedgerFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class LedgerDecoderTest {

    @Test
    void readsWhatTheUpsSinkWrites() {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
        ShipmentLedgerEntry entry = entry("SEED:SALES:9", ShipmentState.CREATED, SubscriptionState.UNAVAILABLE,
                Instant.parse("2026-11-27T10:00:00Z"), "1ZA", "1ZB");
        byte[] bytes = converter.fromConnectData("ups.shipments", ShipmentRecords.VALUE_SCHEMA,
                ShipmentRecords.toStruct(entry));
        LedgerDecoder decoder = new LedgerDecoder("ups.shipments");
        assertThat(decoder.decode(bytes)).isEqualTo(entry);
        assertThat(decoder.decode(null)).isNull();
    }
}
