package dev.x3ups.ups.sink.subscription;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Run on the task's scheduler whether or not orders arrive: queues for renewal every shipment of this task whose
 * Track Alert subscription ends within {@code renewBefore} (with the default of one day: every 13 days), and
 * subscribes CREATED shipments the ledger shows as never subscribed (a restart between CREATED and the
 * subscription call). Shipments UPS reported delivered or returned ({@code deliveredAt}, set by the delivery watch)
 * and shipments older than {@code maxAge} (taken as delivered) are left to expire: no event is left to report.
 */
public final class SubscriptionRenewer implements Runnable {
    private final ShipmentLedger ledger;
    private final SubscriptionBatcher batcher;
    private final Predicate<String> owned;
    private final Duration renewBefore;
    private final Duration unsubscribedAfter;
    private final Duration maxAge;
    private final Clock clock;

    public SubscriptionRenewer(ShipmentLedger ledger, SubscriptionBatcher batcher, Predicate<String> owned,
                               Duration renewBefore, Duration unsubscribedAfter, Duration maxAge, Clock clock) {
        this.ledger = ledger;
        this.batcher = batcher;
        this.owned = owned;
        this.renewBefore = renewBefore;
        this.unsubscribedAfter = unsubscribedAfter;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        for (ShipmentLedgerEntry entry : ledger.entries()) {
            if (entry.state() != ShipmentState.CREATED || entry.trackingNumbers().isEmpty()
                    || entry.deliveredAt() != null || !owned.test(entry.orderKey())
                    || batcher.waiting(entry.orderKey())) {
                continue;
            }
            if (dueForRenewal(entry, now)) {
                batcher.enqueue(entry.orderKey(), entry.trackingNumbers(), true);
            } else if (neverSubscribed(entry, now)) {
                batcher.enqueue(entry.orderKey(), entry.trackingNumbers(), false);
            }
        }
    }

    boolean dueForRenewal(ShipmentLedgerEntry entry, Instant now) {
        return entry.subscriptionState() == SubscriptionState.ACTIVE && entry.subscriptionExpiry() != null
                && entry.deliveredAt() == null && !entry.subscriptionExpiry().minus(renewBefore).isAfter(now)
                && (entry.updatedAt() == null || createdWithin(entry, now));
    }

    private boolean neverSubscribed(ShipmentLedgerEntry entry, Instant now) {
        return entry.subscriptionState() == SubscriptionState.NONE && entry.updatedAt() != null
                && entry.updatedAt().plus(unsubscribedAfter).isBefore(now);
    }

    private boolean createdWithin(ShipmentLedgerEntry entry, Instant now) {
        Instant shipped = entry.orderRevision() != null ? entry.orderRevision() : entry.updatedAt();
        return shipped.plus(maxAge).isAfter(now);
    }

    /** [active, expiring within renewBefore] over this task's shipments, for the metrics. */
    public long[] counts() {
        Instant now = clock.instant();
        long active = 0;
        long expiring = 0;
        for (ShipmentLedgerEntry entry : ledger.entries()) {
            if (entry.subscriptionState() == SubscriptionState.ACTIVE && owned.test(entry.orderKey())) {
                active++;
                if (entry.subscriptionExpiry() != null && entry.deliveredAt() == null
                        && !entry.subscriptionExpiry().minus(renewBefore).isAfter(now)) {
                    expiring++;
                }
            }
        }
        return new long[] {active, expiring};
    }
}
