package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class TrackingEventRecordsTest {

    @Test
    void deliveredEventRoundTrips() {
        TrackingEvent event = new TrackingEvent("1Z999AA10123456784", "SEED:SALES:SO0001", "D", "KB",
                "DELIVERED", Instant.parse("2026-11-29T15:04:00Z"), "20261129", "100400", "ATLANTA, GA, US",
                LocalDate.parse("2026-11-29"), Instant.parse("2026-11-29T15:04:00Z"), false, null,
                TrackingSource.WEBHOOK);

        assertThat(TrackingEventRecords.fromStruct(TrackingEventRecords.toStruct(event))).isEqualTo(event);
    }

    @Test
    void exceptionEventWithoutOrderKeyRoundTrips() {
        TrackingEvent event = new TrackingEvent("1Z999AA10123456784", null, "X", "U2",
                "THE RECEIVER WAS NOT AVAILABLE", Instant.parse("2026-11-29T15:04:00Z"), null, null, null, null,
                null, true, "Receiver not available", TrackingSource.QUANTUM_VIEW);

        assertThat(TrackingEventRecords.fromStruct(TrackingEventRecords.toStruct(event))).isEqualTo(event);
    }

    @Test
    void missingActivityTimeIsADataError() {
        Schema partial = SchemaBuilder.struct()
                .field("trackingNumber", Schema.STRING_SCHEMA)
                .field("statusType", Schema.STRING_SCHEMA)
                .field("source", Schema.STRING_SCHEMA)
                .build();
        Struct struct = new Struct(partial).put("trackingNumber", "1Z").put("statusType", "I").put("source", "WEBHOOK");

        assertThatThrownBy(() -> TrackingEventRecords.fromStruct(struct))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("activityTime");
    }

    @Test
    void exceptionScansAndReturnsToTheShipperFlagTheOrder() {
        assertThat(TrackingEvent.isExceptionType("X")).isTrue();
        assertThat(TrackingEvent.isExceptionType("rs")).isTrue();
        assertThat(TrackingEvent.isExceptionType("D")).isFalse();
        assertThat(TrackingEvent.isExceptionType("I")).isFalse();
        assertThat(TrackingEvent.isExceptionType(null)).isFalse();
    }
}
