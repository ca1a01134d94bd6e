package dev.x3ups.ups.sink.shipping;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds what UPS holds under an order's reference after a ship call without a usable answer, and voids
 * duplicates: the earliest shipment is kept, every other one voided. A search that fails (UPS unavailable) is
 * repeated after the interval without using up a check; the order simply stays PENDING meanwhile. How often and
 * how soon an order may be shipped again is its {@link ReshipPolicy} (docs/architecture.md, "Economical
 * reconciliation").
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
    private final ReshipPolicy policy;
    private final LabelRecoverySearch recovery;
    private final ReferenceSearch rest;

    public Reconciler(ReferenceSearch search, Voider voider, Delays delays, int checks, Duration interval,
                      SinkMetrics metrics) {
        this(search, voider, delays, checks, interval, metrics, LabelSink.NONE);
    }

    /** @param labels told of every voided duplicate, so its labels do not print */
    public Reconciler(ReferenceSearch search, Voider voider, Delays delays, int checks, Duration interval,
                      SinkMetrics metrics, LabelSink labels) {
        this(search, voider, delays, checks, interval, metrics, labels, UNBOUNDED);
    }

    /** Without a bound: re-ships right after the look-ups, as often as they find nothing (tests only). */
    static final ReshipPolicy UNBOUNDED = new ReshipPolicy(Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO);

    /** @param policy bounds and spaces the re-ships of one order */
    public Reconciler(ReferenceSearch search, Voider voider, Delays delays, int checks, Duration interval,
                      SinkMetrics metrics, LabelSink labels, ReshipPolicy policy) {
        this(search, voider, delays, checks, interval, metrics, labels, policy, null, search);
    }

    private Reconciler(ReferenceSearch search, Voider voider, Delays delays, int checks, Duration interval,
                       SinkMetrics metrics, LabelSink labels, ReshipPolicy policy, LabelRecoverySearch recovery,
                       ReferenceSearch rest) {
        this.recovery = recovery;
        this.rest = rest;
        this.policy = policy;
        this.labels = labels;
        this.search = search;
        this.voider = voider;
        this.delays = delays;
        this.checks = Math.max(1, checks);
        this.interval = interval;
        this.metrics = metrics;
    }

    /**
     * This reconciler, except that the first look-up of an order UPS can hold only one shipment of asks
     * {@code recovery} first: one call then finds the shipment and brings its labels, where Track by reference
     * and a reprint take two. On a miss the look-up goes on with {@code rest} (the searches other than Label
     * Recovery), later checks with the whole search.
     */
    public Reconciler recoveringLabelsFirst(LabelRecoverySearch recovery, ReferenceSearch rest) {
        return new Reconciler(search, voider, delays, checks, interval, metrics, labels, policy, recovery, rest);
    }

    /** The shipment kept for the reference, after up to the configured number of checks; empty if UPS has none. */
    public CompletableFuture<Optional<FoundShipment>> find(String reference, String shipperNumber,
                                                           int packagesPerShipment) {
        return find(reference, shipperNumber, packagesPerShipment, checks);
    }

    /**
     * {@link #find} after the re-ship backoff of an order that had {@code attempts} ship calls, the last one
     * recorded at {@code lastCall} (the backoff also gives a lagging UPS index time to show the shipment);
     * {@code onlyShipment}: UPS can hold at most one shipment under the reference (one ship call, no earlier
     * shipment of the order), so the look-up may start with Label Recovery if this reconciler has it.
     */
    public CompletableFuture<Optional<FoundShipment>> findAfterBackoff(int attempts, Instant lastCall, Instant now,
                                                                       String reference, String shipperNumber,
                                                                       int packagesPerShipment, boolean onlyShipment) {
        Duration wait = policy.remainingAfter(attempts, lastCall, now);
        CompletableFuture<Void> waited = wait.isZero() ? CompletableFuture.completedFuture(null) : delays.after(wait);
        return waited.thenCompose(v -> onlyShipment && recovery != null
                ? recoveredFirst(reference, shipperNumber, packagesPerShipment)
                : find(reference, shipperNumber, packagesPerShipment));
    }

    /** Label Recovery, then (on a miss or a failure) the other searches; nothing to void: one shipment at most. */
    private CompletableFuture<Optional<FoundShipment>> recoveredFirst(String reference, String shipperNumber,
                                                                      int packages) {
        return recovery.shipment(reference, shipperNumber).handle((found, error) -> {
            if (error == null && found.isPresent()) {
                return CompletableFuture.completedFuture(found);
            }
            if (error != null) {
                LOG.debug("Label recovery of reference {} failed, looking further: {}", reference,
                        Failures.rootMessage(error));
            }
            return find(rest, reference, shipperNumber, packages, checks);
        }).thenCompose(f -> f);
    }

    /** Whether an order that had {@code attempts} ship calls, none found at UPS, may be shipped once more. */
    public boolean mayReship(int attempts) {
        return policy.mayReship(attempts);
    }

    public ReshipPolicy policy() {
        return policy;
    }

    /**
     * For an order out of re-ships: looks it up once every capped backoff until UPS shows a shipment (a late
     * commit or a lagging index). Holds no thread; fails only when the task's delays do (the task stopping).
     */
    public CompletableFuture<FoundShipment> watch(String reference, String shipperNumber, int packagesPerShipment) {
        return delays.after(policy.maxBackoff())
                .thenCompose(v -> find(reference, shipperNumber, packagesPerShipment, 1))
                .thenCompose(found -> found.isPresent() ? CompletableFuture.completedFuture(found.get())
                        : watch(reference, shipperNumber, packagesPerShipment));
    }

    private CompletableFuture<Optional<FoundShipment>> find(String reference, String shipperNumber, int packages,
                                                            int checksLeft) {
        return find(search, reference, shipperNumber, packages, checksLeft);
    }

    /** {@code first} answers the first check, the whole search the later ones. */
    private CompletableFuture<Optional<FoundShipment>> find(ReferenceSearch first, String reference,
                                                            String shipperNumber, int packages, int checksLeft) {
        return answered(first, "Look-up", reference, shipperNumber).thenCompose(found -> {
            if (!found.isEmpty()) {
                List<FoundShipment> shipments = FoundShipment.group(found, packages);
                FoundShipment kept = shipments.get(0);
                return voidAllBut(reference, shipments, kept.shipmentId(), List.of())
                        .thenApply(v -> Optional.of(kept));
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
        return answered(search, "Duplicate sweep", reference, shipperNumber).thenCompose(found ->
                voidAllBut(reference, FoundShipment.group(found, packagesPerShipment), keptShipmentId, List.of()))
                .thenApply(List::size);
    }

    /**
     * Voids every one of {@code shipments} other than {@code keep} and those already {@code voided} (Quantum View
     * still lists a voided shipment's manifest), withdrawing their labels. Completes with the ids voided.
     */
    public CompletableFuture<List<String>> voidAllBut(String reference, List<FoundShipment> shipments, String keep,
                                                      Collection<String> voided) {
        List<FoundShipment> twins = shipments.stream()
                .filter(s -> !s.shipmentId().equals(keep) && !s.trackingNumbers().contains(keep))
                .filter(s -> !voided.contains(s.shipmentId()))
                .toList();
        List<CompletableFuture<Boolean>> voids = twins.stream().map(s -> voidDuplicate(reference, s)).toList();
        return CompletableFuture.allOf(voids.toArray(CompletableFuture[]::new))
                .thenApply(v -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < twins.size(); i++) {
                        if (voids.get(i).join()) {
                            ids.add(twins.get(i).shipmentId());
                        }
                    }
                    return ids;
                });
    }

    /** The search's answer; a failing search (UPS unavailable) is asked again after the interval, as often as needed. */
    private CompletableFuture<List<String>> answered(ReferenceSearch using, String purpose, String reference,
                                                     String shipperNumber) {
        return using.trackingNumbers(reference, shipperNumber).handle((found, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(found);
            }
            LOG.warn("{} of reference {} failed, trying again in {}: {}", purpose, reference, interval,
                    Failures.rootMessage(error));
            return delays.after(interval).thenCompose(v -> answered(using, purpose, reference, shipperNumber));
        }).thenCompose(f -> f);
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
