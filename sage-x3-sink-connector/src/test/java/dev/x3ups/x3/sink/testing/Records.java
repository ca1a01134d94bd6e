package dev.x3ups.x3.sink.testing;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.records.TrackingSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;

/** Builders of ledger entries, tracking events and the sink records carrying them. */
public final class Records {

    public static final String ORDER = "SEED:SALES:SO000001";
    private static long offset;

    private Records() {
    }

    public static TrackingEvent event(String tracking, String type, String time) {
        return event(ORDER, tracking, type, time, null, null, false, null);
    }

    public static TrackingEvent event(String orderKey, String tracking, String type, String time, LocalDate scheduled,
            Instant delivered, boolean exception, String reason) {
        return new TrackingEvent(tracking, orderKey, type, type + "1", describe(type), Instant.parse(time), null, null,
                "Atlanta, GA, US", scheduled, delivered, exception, reason, TrackingSource.WEBHOOK);
    }

    public static ShipmentLedgerEntry created(String orderKey, String... trackingNumbers) {
        return ledger(orderKey, ShipmentState.CREATED, List.of(trackingNumbers), null, null);
    }

    public static ShipmentLedgerEntry failed(String orderKey, String code, String message) {
        return ledger(orderKey, ShipmentState.FAILED, List.of(), code, message);
    }

    public static ShipmentLedgerEntry ledger(String orderKey, ShipmentState state, List<String> numbers, String code,
            String message) {
        return ShipmentLedgerEntry.builder().orderKey(orderKey).state(state)
                .orderRevision(Instant.parse("2025-01-15T08:00:00Z")).orderDigest("digest").reference(orderKey)
                .shipmentId("SID1").trackingNumbers(numbers).serviceCode("03").failureCode(code).failureMessage(message)
                .updatedAt(Instant.parse("2025-01-15T08:00:01Z")).build();
    }

    public static SinkRecord record(TrackingEvent event) {
        return new SinkRecord("ups.tracking", 0, TrackingEventRecords.KEY_SCHEMA, event.trackingNumber(),
                TrackingEventRecords.VALUE_SCHEMA, TrackingEventRecords.toStruct(event), offset++);
    }

    public static SinkRecord record(ShipmentLedgerEntry entry) {
        return new SinkRecord("ups.shipments", 0, ShipmentRecords.KEY_SCHEMA, entry.orderKey(),
                ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(entry), offset++);
    }

    private static String describe(String type) {
        return switch (type) {
            case "D" -> "Delivered";
            case "X" -> "Exception";
            case "O" -> "Out for delivery";
            case "M" -> "Shipper created a label";
            case "P" -> "Pickup scan";
            default -> "In transit";
        };
    }
}
