package dev.x3ups.ups.sink.delivery;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.UpsStatus;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Records in the ledger when UPS reported an order's shipment final: the first delivered or returned-to-shipper
 * event for a tracking number of the order's CREATED entry sets its {@code deliveredAt} to the event's time. From
 * then on its Track Alert subscription is not renewed, and retirement counts its retention from that time.
 * Events of voided or replaced shipments (numbers the CREATED entry does not hold), of other tasks' orders and of
 * orders the ledger does not know are passed over.
 */
public final class DeliveryRecorder {
    private final ShipmentLedger ledger;
    private final Predicate<String> owned;
    private final SinkMetrics metrics;

    /** @param owned the orders whose background updates this task writes (one task per order) */
    public DeliveryRecorder(ShipmentLedger ledger, Predicate<String> owned, SinkMetrics metrics) {
        this.ledger = ledger;
        this.owned = owned;
        this.metrics = metrics;
    }

    /**
     * When the package reached the end of its journey, or null when the event says no such thing: delivered
     * ({@code D}) or returned to the shipper ({@code RS} from Track, an exception with code {@code RS} from Track
     * Alert). {@code DD} (freight at the destination station) is not the end, see {@link UpsStatus#progress}.
     */
    static Instant finalAt(TrackingEvent event) {
        String type = UpsStatus.normalize(event.statusType());
        boolean returned = "X".equals(type) && "RS".equals(UpsStatus.normalize(event.statusCode()));
        if (!UpsStatus.isTerminal(type) && !returned) {
            return null;
        }
        return event.actualDelivery() != null ? event.actualDelivery() : event.activityTime();
    }

    /** Whether the event is a final status of an order this task owns: the ones worth a fresh ledger view. */
    public boolean concerns(TrackingEvent event) {
        return event.orderKey() != null && finalAt(event) != null && owned.test(event.orderKey());
    }

    /** Completes with true when the event set the order's {@code deliveredAt}, false when it changed nothing. */
    public CompletableFuture<Boolean> record(TrackingEvent event) {
        if (!concerns(event) || ledger.get(event.orderKey()).filter(e -> awaitsDelivery(e, event)).isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Instant at = finalAt(event);
        AtomicBoolean written = new AtomicBoolean();
        // checked again in the order's write sequence: a write queued before this one may have replaced the entry
        return ledger.update(event.orderKey(), current -> {
            Optional<ShipmentLedgerEntry> next = current.filter(e -> awaitsDelivery(e, event))
                    .map(e -> e.toBuilder().deliveredAt(at).build());
            written.set(next.isPresent());
            return next;
        }).thenApply(entry -> {
            if (written.get()) {
                metrics.deliveryRecorded();
            }
            return written.get();
        });
    }

    private static boolean awaitsDelivery(ShipmentLedgerEntry entry, TrackingEvent event) {
        return entry.state() == ShipmentState.CREATED && entry.deliveredAt() == null
                && entry.trackingNumbers().stream().anyMatch(n -> n.strip().equals(event.trackingNumber().strip()));
    }
}
