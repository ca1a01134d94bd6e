package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class ShipmentRecordsTest {

    @Test
    void createdEntryRoundTrips() {
        ShipmentLedgerEntry entry = new ShipmentLedgerEntry("SEED:SALES:SO0001", ShipmentState.CREATED,
                Instant.parse("2026-11-27T10:00:05Z"), "9f2c", "SEED:SALES:SO0001", "1ZA1234567890",
                List.of("1Z999AA10123456784", "1Z999AA10123456793"), "03",
                new Money(new BigDecimal("23.70"), "USD"), new Money(new BigDecimal("19.05"), "USD"),
                SubscriptionState.ACTIVE, Instant.parse("2026-12-11T10:00:00Z"), null, null,
                Instant.parse("2026-11-27T10:00:07Z"));

        assertThat(ShipmentRecords.fromStruct(ShipmentRecords.toStruct(entry))).isEqualTo(entry);
    }

    @Test
    void failedEntryKeepsUpsReason() {
        ShipmentLedgerEntry entry = new ShipmentLedgerEntry("SEED:PURCHASE:PO0042", ShipmentState.FAILED,
                Instant.parse("2026-11-27T10:00:05Z"), "77ab", "SEED:PURCHASE:PO0042", null, List.of(), null, null,
                null, null, null, "120202", "Missing or invalid ship to StateProvinceCode", Instant.EPOCH);

        ShipmentLedgerEntry back = ShipmentRecords.fromStruct(ShipmentRecords.toStruct(entry));

        assertThat(back.failureCode()).isEqualTo("120202");
        assertThat(back.failureMessage()).isEqualTo("Missing or invalid ship to StateProvinceCode");
        assertThat(back.subscriptionState()).isEqualTo(SubscriptionState.NONE);
        assertThat(back.trackingNumbers()).isEmpty();
    }

    @Test
    void readsStructOfAnOlderSchemaWithoutOptionalFields() {
        Schema old = SchemaBuilder.struct().name("dev.x3ups.records.ShipmentLedgerEntry")
                .field("orderKey", Schema.STRING_SCHEMA)
                .field("state", Schema.STRING_SCHEMA)
                .build();

        ShipmentLedgerEntry entry = ShipmentRecords.fromStruct(
                new Struct(old).put("orderKey", "SEED:SALES:SO1").put("state", "PENDING"));

        assertThat(entry.state()).isEqualTo(ShipmentState.PENDING);
        assertThat(entry.trackingNumbers()).isEmpty();
    }

    @Test
    void unknownStateIsADataErrorNamingTheField() {
        Struct struct = ShipmentRecords.toStruct(new ShipmentLedgerEntry("k", ShipmentState.PENDING, null, null, null,
                null, List.of(), null, null, null, null, null, null, null, null)).put("state", "SHIPPED");

        assertThatThrownBy(() -> ShipmentRecords.fromStruct(struct))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("state")
                .hasMessageContaining("SHIPPED");
    }
}
