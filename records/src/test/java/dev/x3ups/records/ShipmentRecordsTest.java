package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class ShipmentRecordsTest {

    @Test
    void createdEntryRoundTrips() {
        ShipmentLedgerEntry entry = created();

        assertThat(ShipmentRecords.fromStruct(ShipmentRecords.toStruct(entry))).isEqualTo(entry);
    }

    @Test
    void failedEntryKeepsUpsReason() {
        ShipmentLedgerEntry entry = ShipmentLedgerEntry.builder().orderKey("SEED:PURCHASE:PO0042")
                .state(ShipmentState.FAILED).orderRevision(Instant.parse("2026-11-27T10:00:05Z")).orderDigest("77ab")
                .reference("SEED:PURCHASE:PO0042").failureCode("120202")
                .failureMessage("Missing or invalid ship to StateProvinceCode").updatedAt(Instant.EPOCH).build();

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
        Struct struct = ShipmentRecords.toStruct(ShipmentLedgerEntry.builder().orderKey("k")
                .state(ShipmentState.PENDING).build()).put("state", "SHIPPED");

        assertThatThrownBy(() -> ShipmentRecords.fromStruct(struct))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("state")
                .hasMessageContaining("SHIPPED");
    }

    @Test
    void theBuilderSetsEachFieldByNameAndCopiesAnEntry() {
        ShipmentLedgerEntry entry = created();

        assertThat(entry.orderDigest()).isEqualTo("9f2c");
        assertThat(entry.shipmentId()).isEqualTo("1ZA1234567890");
        assertThat(entry.negotiatedCharges().amount()).isEqualByComparingTo("19.05");
        assertThat(entry.toBuilder().build()).isEqualTo(entry);
        assertThat(entry.toBuilder().state(ShipmentState.VOIDED).build())
                .isEqualTo(new ShipmentLedgerEntry(entry.orderKey(), ShipmentState.VOIDED, entry.orderRevision(),
                        entry.orderDigest(), entry.reference(), entry.shipmentId(), entry.trackingNumbers(),
                        entry.serviceCode(), entry.billedCharges(), entry.negotiatedCharges(),
                        entry.subscriptionState(), entry.subscriptionExpiry(), entry.failureCode(),
                        entry.failureMessage(), entry.updatedAt(), entry.notes(), entry.voidedShipmentIds(),
                        entry.reconciledAt(), entry.pickupDate(), entry.site(), entry.destinationCountry(),
                        entry.packageWeightsKg(), entry.shipAttempts(), entry.deliveredAt()));
    }

    @Test
    void deliveredAtRoundTripsAndIsAbsentOnOlderEntries() {
        ShipmentLedgerEntry delivered = created().toBuilder().deliveredAt(Instant.parse("2026-11-30T15:04:05Z")).build();

        assertThat(ShipmentRecords.fromStruct(ShipmentRecords.toStruct(delivered)).deliveredAt())
                .isEqualTo(Instant.parse("2026-11-30T15:04:05Z"));
        assertThat(ShipmentRecords.fromStruct(ShipmentRecords.toStruct(created())).deliveredAt()).isNull();
    }

    @Test
    void theBuilderDefaultsLikeTheRecord() {
        ShipmentLedgerEntry entry = ShipmentLedgerEntry.builder().orderKey("k").state(ShipmentState.PENDING).build();

        assertThat(entry.trackingNumbers()).isEmpty();
        assertThat(entry.subscriptionState()).isEqualTo(SubscriptionState.NONE);
        assertThatThrownBy(() -> ShipmentLedgerEntry.builder().orderKey("k").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("state");
    }

    static ShipmentLedgerEntry created() {
        return ShipmentLedgerEntry.builder()
                .orderKey("SEED:SALES:SO0001")
                .state(ShipmentState.CREATED)
                .orderRevision(Instant.parse("2026-11-27T10:00:05Z"))
                .orderDigest("9f2c")
                .reference("SEED:SALES:SO0001")
                .shipmentId("1ZA1234567890")
                .trackingNumbers("1Z999AA10123456784", "1Z999AA10123456793")
                .serviceCode("03")
                .billedCharges(new Money(new BigDecimal("23.70"), "USD"))
                .negotiatedCharges(new Money(new BigDecimal("19.05"), "USD"))
                .subscriptionState(SubscriptionState.ACTIVE)
                .subscriptionExpiry(Instant.parse("2026-12-11T10:00:00Z"))
                .updatedAt(Instant.parse("2026-11-27T10:00:07Z"))
                .voidedShipmentIds(List.of("1ZA0000000001"))
                .reconciledAt(Instant.parse("2026-11-27T10:00:06Z"))
                .pickupDate(LocalDate.parse("2026-11-27"))
                .site("ATL")
                .destinationCountry("US")
                .packageWeightsKg(List.of(new BigDecimal("2.5"), new BigDecimal("33.1")))
                .shipAttempts(2)
                .build();
    }

    @Test
    void aMalformedPickupDateIsADataErrorNamingTheField() {
        Struct struct = ShipmentRecords.toStruct(created()).put("pickupDate", "27/11/2026");

        assertThatThrownBy(() -> ShipmentRecords.fromStruct(struct))
                .isInstanceOf(DataException.class).hasMessageContaining("pickupDate");
    }
}
