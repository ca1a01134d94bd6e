package dev.x3ups.ups.tracking.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ups.shipments} ledger as the tracking source sees it: tracking number → shipment (order key,
 * subscription state) and reference → order key. Written by the ledger tail thread, read by poll() and the
 * reconcilers.
 */
public final class LedgerView {
    private final Map<String, LedgerShipment> byTrackingNumber = new ConcurrentHashMap<>();
    private final Map<String, List<String>> trackingNumbersByOrder = new ConcurrentHashMap<>();
    private final Map<String, String> orderByReference = new ConcurrentHashMap<>();
    private final CountDownLatch caughtUp = new CountDownLatch(1);

    /** Applies one ledger record; {@code entry} null is a tombstone (the order left the ledger). */
    public void apply(String orderKey, ShipmentLedgerEntry entry) {
        List<String> previous = trackingNumbersByOrder.remove(orderKey);
        if (previous != null) {
            previous.forEach(byTrackingNumber::remove);
        }
        if (entry == null) {
            orderByReference.values().removeIf(orderKey::equals);
            return;
        }
        if (entry.reference() != null) {
            orderByReference.put(entry.reference(), orderKey);
        }
        orderByReference.put(orderKey, orderKey);
        List<String> numbers = new ArrayList<>();
        for (String raw : entry.trackingNumbers()) {
            String number = raw.trim();
            numbers.add(number);
            byTrackingNumber.put(number, new LedgerShipment(number, orderKey, entry.reference(), entry.state(),
                    entry.subscriptionState(), entry.updatedAt()));
        }
        if (!numbers.isEmpty()) {
            trackingNumbersByOrder.put(orderKey, List.copyOf(numbers));
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

    public void markCaughtUp() {
        caughtUp.countDown();
    }

    /** Waits until the tail has read the ledger to the end it had at start. */
    public boolean awaitCaughtUp(long timeout, TimeUnit unit) throws InterruptedException {
        return caughtUp.await(timeout, unit);
    }
}
