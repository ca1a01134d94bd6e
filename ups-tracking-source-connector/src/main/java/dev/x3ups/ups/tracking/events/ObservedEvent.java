package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.TrackingEvent;
import java.util.List;
import java.util.Map;

/**
 * An event on its way to Kafka: the event (order key still unknown), the reference numbers UPS echoed (Track
 * and Quantum View carry them, webhooks do not), when it arrived, who waits for it, and — for the last event of
 * a reconciliation pass — the reconciler's cursor to store as its source offset.
 */
public record ObservedEvent(TrackingEvent event, List<String> references, long receivedNanos,
                            Acknowledgement ack, Cursor cursor) {

    /** A reconciler's position: source partition and offset maps as Connect stores them. */
    public record Cursor(Map<String, ?> partition, Map<String, ?> offset) {
    }

    public ObservedEvent {
        references = references == null ? List.of() : List.copyOf(references);
        ack = ack == null ? Acknowledgement.none() : ack;
    }

    public static ObservedEvent webhook(TrackingEvent event, Acknowledgement ack) {
        return new ObservedEvent(event, List.of(), ack.receivedNanos(), ack, null);
    }

    public static ObservedEvent reconciled(TrackingEvent event, List<String> references, long nowNanos) {
        return new ObservedEvent(event, references, nowNanos, Acknowledgement.none(), null);
    }

    public ObservedEvent withCursor(Cursor c) {
        return new ObservedEvent(event, references, receivedNanos, ack, c);
    }
}
