package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class ShipmentLedgerCodecTest {
    private final ShipmentLedgerCodec codec = new ShipmentLedgerCodec("ups.shipments");

    @Test
    void entriesTravelAsJsonWithTheirSchemaKeyedByOrder() {
        ShipmentLedgerEntry entry = ShipmentRecordsTest.created();

        byte[] value = codec.value(entry);

        assertThat(new String(value, StandardCharsets.UTF_8)).contains("\"schema\"").contains("\"CREATED\"");
        assertThat(ShipmentLedgerCodec.orderKey(codec.key(entry))).isEqualTo("SEED:SALES:SO0001");
        assertThat(codec.entry(value)).isEqualTo(entry);
    }

    @Test
    void connectsJsonConverterReadsTheSameBytes() {
        ShipmentLedgerEntry entry = ShipmentRecordsTest.created();
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);

        SchemaAndValue data = converter.toConnectData("ups.shipments", codec.value(entry));

        assertThat(data.schema().name()).isEqualTo(ShipmentRecords.VALUE_SCHEMA.name());
        assertThat(ShipmentRecords.fromStruct((Struct) data.value())).isEqualTo(entry);
    }

    @Test
    void aTombstoneHasNoEntry() {
        assertThat(codec.entry(null)).isNull();
        assertThat(ShipmentLedgerCodec.orderKey(null)).isNull();
    }
}
