package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class PickupRecordsTest {

    static PickupRecord booked() {
        return new PickupRecord("ATL", LocalDate.parse("2026-12-08"), PickupKind.ON_CALL, PickupState.BOOKED,
                "X3UPS-PICKUP-ATL-20261208", "2929602E9CP", LocalTime.of(15, 0), LocalTime.of(18, 30),
                List.of(new PickupPiece("003", "US", "01", 4), new PickupPiece("007", "CA", "01", 1)),
                new BigDecimal("41.50"), true, List.of("SEED:SALES:SO1", "SEED:SALES:SO2"),
                new Money(new BigDecimal("9.05"), "USD"), null, null, Instant.parse("2026-12-08T19:00:00Z"));
    }

    @Test
    void roundTripsThroughTheTopicBytes() {
        PickupRecords.Codec codec = new PickupRecords.Codec("ups.pickups");
        PickupRecord record = booked();

        assertThat(codec.record(codec.value(record))).isEqualTo(record);
        assertThat(new String(codec.key(record))).isEqualTo("ATL:2026-12-08");
        assertThat(record.packageCount()).isEqualTo(5);
    }

    @Test
    void aTombstoneIsNoRecord() {
        assertThat(new PickupRecords.Codec("ups.pickups").record(null)).isNull();
    }

    @Test
    void aPendingSmartTriggerHasNoWindowNorPrn() {
        PickupRecord pending = new PickupRecord("RNO", LocalDate.parse("2026-12-08"), PickupKind.SMART,
                PickupState.PENDING, "ref", null, null, null, List.of(), null, false, List.of(), null, null, null,
                null);

        assertThat(PickupRecords.fromStruct(PickupRecords.toStruct(pending))).isEqualTo(pending);
    }

    @Test
    void aMalformedDateNamesTheField() {
        Struct struct = PickupRecords.toStruct(booked()).put("date", "08/12/2026");

        assertThatThrownBy(() -> PickupRecords.fromStruct(struct)).isInstanceOf(DataException.class)
                .hasMessageContaining("date");
    }

    @Test
    void movingOnKeepsTheDayAndItsPieces() {
        PickupRecord failed = booked().with(PickupState.FAILED, null, null, "9510113", "no pickup for this date",
                Instant.EPOCH);

        assertThat(failed.pieces()).isEqualTo(booked().pieces());
        assertThat(failed.state()).isEqualTo(PickupState.FAILED);
        assertThat(failed.prn()).isNull();
    }
}
