package dev.x3ups.x3.sink.intake;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.x3.sink.status.OrderState;
import dev.x3ups.x3.sink.status.StatusMerge;
import java.util.List;

/** One decoded record: a ledger entry or a tracking event for one order. */
public sealed interface OrderUpdate {

    OrderKey order();

    /** Folds this update into {@code state}. */
    OrderState applyTo(OrderState state, StatusMerge merge);

    /** The tracking numbers this update names. */
    List<String> trackingNumbers();

    record Ledger(OrderKey order, ShipmentLedgerEntry entry) implements OrderUpdate {
        @Override
        public OrderState applyTo(OrderState state, StatusMerge merge) {
            return merge.apply(state, entry);
        }

        /** Only a created shipment's numbers are the order's; a voided one's are not written. */
        @Override
        public List<String> trackingNumbers() {
            return entry.state() != ShipmentState.CREATED || entry.trackingNumbers() == null ? List.of()
                    : entry.trackingNumbers();
        }
    }

    record Tracking(OrderKey order, TrackingEvent event) implements OrderUpdate {
        @Override
        public OrderState applyTo(OrderState state, StatusMerge merge) {
            return merge.apply(state, event);
        }

        @Override
        public List<String> trackingNumbers() {
            return event.trackingNumber() == null ? List.of() : List.of(event.trackingNumber());
        }
    }
}
