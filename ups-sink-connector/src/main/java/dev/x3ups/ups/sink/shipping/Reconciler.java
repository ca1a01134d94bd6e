package dev.x3ups.ups.sink.shipping;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds what UPS holds under an order's reference after a ship call without a usable answer, and voids
 * duplicates: the earliest shipment is kept, every other one voided. A search that fails (UPS unavailable) is
 * repeated after the interval without using up a check; the order simply stays PENDING meanwhile.
 */
public final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private final ReferenceSearch search;
    private final Voider voider;
    private final Delays delays;
    private final int checks;
    private final Duration interval;
    private final SinkMetrics metrics;
    private final LabelSink labels;

    public Reconciler(ReferenceSearch search, Voider voider, Delays delays, int checks, Duration interval,
                      SinkMetrics metrics) {
        this(search, voider, delays, checks, interval, metrics, LabelSink.NONE);
    }

    /** @param labels told of every voided duplicate, so its labels do not print */
    public Reconciler(ReferenceSearch search, Voider voider, Delays delays, int checks, Duration interval,
                      SinkMetrics metrics, LabelSink labels) {
        this.labels = labels;
        this.search = search;
        this.voider = voider;
        this.delays = delays;
        this.checks = Math.max(1, checks);
        this.interval = interval;
        this.metrics = metrics;
    }

    /** The shipment kept for the reference, after up to the configured number of checks; empty if UPS has none. */
    public CompletableFuture<Optional<FoundShipment>> find(String reference, String shipperNumber,
                                                           int packagesPerShipment) {
        return find(reference, shipperNumber, packagesPerShipment, checks);
    }

    private CompletableFuture<Optional<FoundShipment>> find(String reference, String shipperNumber, int packages,
                                                            int checksLeft) {
        return answered("Look-up", reference, shipperNumber).thenCompose(found -> {
            if (!found.isEmpty()) {
                List<FoundShipment> shipments = FoundShipment.group(found, packages);
                FoundShipment kept = shipments.get(0);
                return voidAllBut(reference, shipments, kept.shipmentId()).thenApply(v -> Optional.of(kept));
            }
            if (checksLeft <= 1) {
                return CompletableFuture.completedFuture(Optional.<FoundShipment>empty());
            }
            return delays.after(interval).thenCompose(v -> find(reference, shipperNumber, packages, checksLeft - 1));
        });
    }

    /**
     * The duplicate sweep after an order went through an ambiguous outcome and was shipped again: every shipment
     * under the reference other than {@code keptShipmentId} is voided. Completes with how many were voided.
     */
    public CompletableFuture<Integer> sweep(String reference, String shipperNumber, int packagesPerShipment,
                                            String keptShipmentId) {
        return answered("Duplicate sweep", reference, shipperNumber).thenCompose(found ->
                voidAllBut(reference, FoundShipment.group(found, packagesPerShipment), keptShipmentId));
    }

    /** The search's answer; a failing search (UPS unavailable) is asked again after the interval, as often as needed. */
    private CompletableFuture<List<String>> answered(String purpose, String reference, String shipperNumber) {
        return search.trackingNumbers(reference, shipperNumber).handle((found, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(found);
            }
            LOG.warn("{} of reference {} failed, trying again in {}: {}", purpose, reference, interval,
                    Failures.rootMessage(error));
            return delays.after(interval).thenCompose(v -> answered(purpose, reference, shipperNumber));
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Integer> voidAllBut(String reference, List<FoundShipment> shipments, String keep) {
        List<CompletableFuture<Boolean>> voids = shipments.stream()
                .filter(s -> !s.shipmentId().equals(keep) && !s.trackingNumbers().contains(keep))
                .map(s -> voidDuplicate(reference, s))
                .toList();
        return CompletableFuture.allOf(voids.toArray(CompletableFuture[]::new))
                .thenApply(v -> (int) voids.stream().filter(CompletableFuture::join).count());
    }

    private CompletableFuture<Boolean> voidDuplicate(String reference, FoundShipment duplicate) {
        return voider.voidShipment(duplicate.shipmentId()).handle((result, error) -> {
            if (error == null && result.voided()) {
                metrics.voidedDuplicate();
                LOG.info("Voided duplicate shipment {} of reference {}", duplicate.shipmentId(), reference);
                return withdrawLabels(reference, duplicate);
            }
            LOG.error("Duplicate shipment {} of reference {} could not be voided: {}", duplicate.shipmentId(),
                    reference, error != null ? Failures.rootMessage(error) : result.statusDescription());
            return CompletableFuture.completedFuture(false);
        }).thenCompose(f -> f);
    }

    /** The reference is the order key. A void record that cannot be written is logged: the void itself stands. */
    private CompletableFuture<Boolean> withdrawLabels(String reference, FoundShipment duplicate) {
        return labels.voided(reference, duplicate.shipmentId(), duplicate.trackingNumbers()).handle((v, error) -> {
            if (error != null) {
                LOG.error("Void records of duplicate shipment {} of reference {} could not be written: {}",
                        duplicate.shipmentId(), reference, Failures.rootMessage(error));
            }
            return true;
        });
    }
}
