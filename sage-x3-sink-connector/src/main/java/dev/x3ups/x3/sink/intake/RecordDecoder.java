package dev.x3ups.x3.sink.intake;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupRecords;
import dev.x3ups.records.PickupState;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.TrackingEventRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Turns a sink record into an {@link OrderUpdate}: by topic, or by the value schema's name when a
 * topic is neither of the configured two (e.g. after a renaming SMT). Anything that cannot be
 * decoded is a {@link DataException} whose message says why — such a record can never apply. What it
 * says is fitted to X3's field lengths on the way in ({@link WriteBackFit}).
 */
public final class RecordDecoder {

    private final String shipmentsTopic;
    private final String trackingTopic;
    private final String pickupsTopic;

    public RecordDecoder(String shipmentsTopic, String trackingTopic) {
        this(shipmentsTopic, trackingTopic, null);
    }

    /** @param pickupsTopic the UPS sink's pickups topic, whose booked pickups go on the orders they collect */
    public RecordDecoder(String shipmentsTopic, String trackingTopic, String pickupsTopic) {
        this.shipmentsTopic = Objects.requireNonNull(shipmentsTopic, "shipmentsTopic");
        this.trackingTopic = Objects.requireNonNull(trackingTopic, "trackingTopic");
        this.pickupsTopic = pickupsTopic;
    }

    /**
     * Every update a record makes: one for a ledger entry or tracking event; one per order collected for a booked
     * pickup (its PRN, day and window), or a cleared pickup once it was cancelled; none for a pickup not booked, nor
     * for a ledger tombstone (a retired order).
     */
    public List<OrderUpdate> decodeAll(SinkRecord record) {
        boolean pickups = record.topic().equals(pickupsTopic) || (record.value() instanceof Struct s
                && PickupRecords.VALUE_SCHEMA.name().equals(s.schema().name()));
        if (!pickups) {
            if (record.value() == null && record.topic().equals(shipmentsTopic)) {
                // the UPS sink retired the order (docs/architecture.md, "Retirement"): X3 keeps what it was written
                return List.of();
            }
            return List.of(decode(record));
        }
        if (record.value() == null) {
            return List.of(); // compaction's tombstone of an old day
        }
        if (!(record.value() instanceof Struct struct)) {
            throw new DataException("record value is not a Struct; use a converter with schemas (e.g. JsonConverter "
                    + "schemas.enable=true)");
        }
        PickupRecord pickup;
        try {
            pickup = PickupRecords.fromStruct(struct);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataException(e.getMessage(), e);
        }
        if (pickup.state() != PickupState.BOOKED && pickup.state() != PickupState.CANCELLED) {
            return List.of();
        }
        String text = PickupText.of(pickup);
        List<OrderUpdate> updates = new ArrayList<>();
        for (String order : pickup.orderKeys()) {
            try {
                updates.add(new OrderUpdate.Pickup(OrderKey.parse(order), text));
            } catch (IllegalArgumentException e) {
                throw new DataException("pickup " + pickup.key() + " names an unreadable order: " + e.getMessage(), e);
            }
        }
        return updates;
    }

    public OrderUpdate decode(SinkRecord record) {
        if (!(record.value() instanceof Struct struct)) {
            throw new DataException(record.value() == null ? "record has no value (tombstone)"
                    : "record value is not a Struct; use a converter with schemas (e.g. JsonConverter schemas.enable=true)");
        }
        String schemaName = struct.schema().name();
        try {
            if (record.topic().equals(shipmentsTopic) || ShipmentRecords.VALUE_SCHEMA.name().equals(schemaName)) {
                var entry = WriteBackFit.fit(ShipmentRecords.fromStruct(struct));
                return new OrderUpdate.Ledger(OrderKey.parse(entry.orderKey()), entry);
            }
            if (record.topic().equals(trackingTopic) || TrackingEventRecords.VALUE_SCHEMA.name().equals(schemaName)) {
                var event = WriteBackFit.fit(TrackingEventRecords.fromStruct(struct));
                return new OrderUpdate.Tracking(OrderKey.parse(event.orderKey()), event);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataException(e.getMessage(), e);
        }
        throw new DataException("topic '" + record.topic() + "' is neither the shipments topic '" + shipmentsTopic
                + "' nor the tracking topic '" + trackingTopic + "'");
    }
}
