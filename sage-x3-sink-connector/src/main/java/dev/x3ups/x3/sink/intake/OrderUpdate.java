package dev.x3ups.x3.sink.intake;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.x3.sink.status.OrderState;
import dev.x3ups.x3.sink.status.StatusMerge;
import java.util.List;

/** One decoded record: a ledger entry, a tracking event or the pickup collecting one order. */
public sealed interface OrderUpdate {

    OrderKey order();

    /** Folds this update into {@code state}. */
    OrderState applyTo(OrderState state, StatusMerge merge);

    /** The tracking numbers this update names. */
    List<String> trackingNumbers();

    record Ledger(OrderKey order, ShipmentLedgerEntry entry) implements OrderUpdate {
        /** The digest of a settled entry (not a PENDING intent) becomes the order's: it goes with the numbers. */
        @Override
        public OrderState applyTo(OrderState state, StatusMerge merge) {
            OrderState next = Pickup.kept(state, merge.apply(state, entry));
            if (entry.state() == ShipmentState.PENDING || entry.orderDigest() == null
                    || entry.orderDigest().isBlank()) {
                return next;
            }
            return new OrderState(next.tracking().withOrderDigest(entry.orderDigest()), next.upsType(),
                    next.scheduledAsOf(), next.ledgerNote(), next.voidedNumbers());
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
            return Pickup.kept(state, merge.apply(state, event));
        }

        @Override
        public List<String> trackingNumbers() {
            return event.trackingNumber() == null ? List.of() : List.of(event.trackingNumber());
        }
    }

    /** The pickup that collects the order: written as {@code text} (null clears it: the pickup was cancelled). */
    record Pickup(OrderKey order, String text) implements OrderUpdate {
        @Override
        public OrderState applyTo(OrderState state, StatusMerge merge) {
            return new OrderState(state.tracking().withPickup(text), state.upsType(), state.scheduledAsOf());
        }

        @Override
        public List<String> trackingNumbers() {
            return List.of();
        }

        /** {@code next} with the pickup and digest {@code before} had: status merges know nothing of them. */
        static OrderState kept(OrderState before, OrderState next) {
            String pickup = before.tracking().pickup();
            String digest = before.tracking().orderDigest();
            if (java.util.Objects.equals(pickup, next.tracking().pickup())
                    && java.util.Objects.equals(digest, next.tracking().orderDigest())) {
                return next;
            }
            return new OrderState(next.tracking().withPickup(pickup).withOrderDigest(digest), next.upsType(),
                    next.scheduledAsOf(), next.ledgerNote(), next.voidedNumbers());
        }
    }
}
