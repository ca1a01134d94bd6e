package dev.x3ups.ups.tracking.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The {@code ups.shipments} ledger as the tracking source sees it: tracking number → shipment (order key,
 * subscription state) and reference → order key. Written by the ledger tail thread, read by poll() and the
 * reconcilers. An order retired from the ledger (a tombstone) leaves every map, and the tracking numbers no
 * entry holds any more (retired, or replaced by a re-ship) are handed to {@code forget} so per-package state
 * elsewhere follows (docs/architecture.md, "Retirement").
 */
public final class LedgerView {
    private final Map<String, LedgerShipment> byTrackingNumber = new ConcurrentHashMap<>();
    private final Map<String, List<String>> trackingNumbersByOrder = new ConcurrentHashMap<>();
    private final Map<String, String> orderByReference = new ConcurrentHashMap<>();
    private final Map<String, String> referenceByOrder = new ConcurrentHashMap<>();
    private final Consumer<String> forget;
    private final CountDownLatch caughtUp = new CountDownLatch(1);

    public LedgerView() {
        this(trackingNumber -> { });
    }

    /** @param forget told each tracking number the ledger no longer holds */
    public LedgerView(Consumer<String> forget) {
        this.forget = forget;
    }

    /** Applies one ledger record; {@code entry} null is a tombstone (the order left the ledger). */
    public void apply(String orderKey, ShipmentLedgerEntry entry) {
        List<String> previous = trackingNumbersByOrder.remove(orderKey);
        if (previous != null) {
            previous.forEach(byTrackingNumber::remove);
        }
        String reference = entry == null ? null : entry.reference();
        String previousReference = reference == null ? referenceByOrder.remove(orderKey)
                : referenceByOrder.put(orderKey, reference);
        if (previousReference != null && !previousReference.equals(reference)) {
            orderByReference.remove(previousReference, orderKey);
        }
        if (entry == null) {
            orderByReference.remove(orderKey, orderKey);
            if (previous != null) {
                previous.forEach(forget);
            }
            return;
        }
        if (reference != null) {
            orderByReference.put(reference, orderKey);
        }
        orderByReference.put(orderKey, orderKey);
        List<String> numbers = new ArrayList<>();
        for (String raw : entry.trackingNumbers()) {
            String number = raw.trim();
            numbers.add(number);
            byTrackingNumber.put(number, new LedgerShipment(number, orderKey, reference, entry.state(),
                    entry.subscriptionState(), entry.updatedAt()));
        }
        if (!numbers.isEmpty()) {
            trackingNumbersByOrder.put(orderKey, List.copyOf(numbers));
        }
        if (previous != null) {
            previous.stream().filter(n -> !numbers.contains(n)).forEach(forget);
        }
    }

    public Optional<LedgerShipment> shipment(String trackingNumber) {
        return Optional.ofNullable(byTrackingNumber.get(trackingNumber));
    }

    /** The order a reference UPS echoed belongs to (the UPS sink sends the order key as the reference). */
    public Optional<String> orderByReference(String reference) {
        return reference == null ? Optional.empty() : Optional.ofNullable(orderByReference.get(reference.trim()));
    }

    /** Shipments UPS still moves. */
    public List<LedgerShipment> liveShipments() {
        return byTrackingNumber.values().stream().filter(LedgerShipment::live).toList();
    }

    public boolean anyTrackAlertUnavailable() {
        return byTrackingNumber.values().stream().anyMatch(s -> s.live() && s.trackAlertUnavailable());
    }

    public int size() {
        return byTrackingNumber.size();
    }

    /** References (order keys included) known: follows retirement like the tracking numbers. */
    public int references() {
        return orderByReference.size();
    }

    public void markCaughtUp() {
        caughtUp.countDown();
    }

    /** Waits until the tail has read the ledger to the end it had at start. */
    public boolean awaitCaughtUp(long timeout, TimeUnit unit) throws InterruptedException {
        return caughtUp.await(timeout, unit);
    }
}
