package dev.x3ups.ups.sink.shipping;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders that come back from X3 after their shipment was retired from the ledger (docs/architecture.md, "Retired
 * orders coming back"): X3's write-back record is the evidence that they shipped. Unchanged, they are passed over
 * without a ledger write; changed, they are recorded FAILED {@link OrderShipper#RETIRED_CHANGED} with X3's
 * tracking numbers, so the X3 sink flags the order and keeps its numbers. Neither is shipped.
 */
final class RetiredOrders {
    private static final Logger LOG = LoggerFactory.getLogger(RetiredOrders.class);
    /** Tracking numbers named in the message before "and N more" (X3's reason field holds 250 characters). */
    private static final int NAMED_NUMBERS = 3;
    private final ShipmentLedger ledger;
    private final LedgerEntries entries;
    private final SinkMetrics metrics;

    RetiredOrders(ShipmentLedger ledger, LedgerEntries entries, SinkMetrics metrics) {
        this.ledger = ledger;
        this.entries = entries;
        this.metrics = metrics;
    }

    /** Shipped with this content (or X3 holds no digest) and retired since: nothing to do. */
    CompletableFuture<OrderResult> seen(Order order) {
        metrics.retiredOrderSeen();
        LOG.debug("Order {} has no ledger entry but X3 holds its shipment {}: retired, not shipped again", order.key(),
                order.writeBack().trackingNumbers());
        return CompletableFuture.completedFuture(new OrderResult(OrderResult.Kind.SKIPPED, null, null, null));
    }

    /**
     * Changed since its shipment: recorded FAILED under the new digest (so the same content is skipped next time),
     * naming the numbers X3 holds, or the ones an earlier such entry named.
     */
    CompletableFuture<OrderResult> changed(Order order, String digest, ShipmentLedgerEntry earlier) {
        List<String> numbers = order.writeBack() != null && order.writeBack().shipped()
                ? order.writeBack().trackingNumbers() : earlier == null ? List.of() : earlier.trackingNumbers();
        String message = message(numbers);
        metrics.retiredOrderChanged();
        LOG.warn("Order {} {}", order.key(), message);
        ShipmentLedgerEntry failed = entries.failed(order, digest, order.key(), OrderShipper.RETIRED_CHANGED,
                "Order " + message).toBuilder().trackingNumbers(numbers).build();
        return ledger.write(failed).thenApply(entry -> OrderResult.of(OrderResult.Kind.FAILED, entry));
    }

    static String message(List<String> numbers) {
        String named = numbers.isEmpty() ? "" : " " + String.join(", ", numbers.subList(0,
                Math.min(NAMED_NUMBERS, numbers.size())))
                + (numbers.size() > NAMED_NUMBERS ? " and " + (numbers.size() - NAMED_NUMBERS) + " more" : "");
        return "changed in X3 after its shipment" + named + " was final and retired from the ledger; not shipped "
                + "again: ship the change by hand or create a new order";
    }
}
