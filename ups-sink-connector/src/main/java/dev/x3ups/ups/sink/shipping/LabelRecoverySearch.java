package dev.x3ups.ups.sink.shipping;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Label Recovery by {@code ReferenceValues{ReferenceNumber.Value, ShipperNumber}} (docs/architecture.md, "UPS facts: void and label recovery" and "UPS facts: references"): the last
 * resort after Track and Quantum View. UPS answers "nothing found" with an error whose code it does not document,
 * so any refusal ({@link UpsRejectedException}) is a miss; no answer, 5xx, 429 or a token problem stay failures,
 * which the {@link Reconciler} repeats. UPS returns one shipment here, so this finds an order but not its twins;
 * asked in the printers' label format ({@link #inFormat}) it also brings that shipment's labels, which saves the
 * reprint call a shipment found by Track needs (docs/architecture.md, "Economical reconciliation").
 */
public final class LabelRecoverySearch implements ReferenceSearch {
    private static final Logger LOG = LoggerFactory.getLogger(LabelRecoverySearch.class);
    private final BiFunction<String, String, CompletableFuture<RecoveredShipment>> byReference;

    /** The ups-client {@code labelRecovery()::byReference} taking a label format. */
    @FunctionalInterface
    public interface ByReferenceInFormat {
        CompletableFuture<RecoveredShipment> recover(String reference, String shipperNumber, LabelFormat format);
    }

    /** @param byReference the ups-client {@code labelRecovery()::byReference} in production */
    public LabelRecoverySearch(BiFunction<String, String, CompletableFuture<RecoveredShipment>> byReference) {
        this.byReference = byReference;
    }

    /** A search whose answers carry the labels in {@code format}, ready for the labels topic. */
    public static LabelRecoverySearch inFormat(ByReferenceInFormat byReference, LabelFormat format) {
        return new LabelRecoverySearch((reference, shipper) -> byReference.recover(reference, shipper, format));
    }

    @Override
    public CompletableFuture<List<String>> trackingNumbers(String reference, String shipperNumber) {
        return shipment(reference, shipperNumber)
                .thenApply(found -> found.map(FoundShipment::trackingNumbers).orElse(List.of()));
    }

    /** The one shipment UPS recovers under the reference, with the labels it returned; empty on a miss. */
    public CompletableFuture<Optional<FoundShipment>> shipment(String reference, String shipperNumber) {
        if (shipperNumber == null || shipperNumber.isBlank()) {
            // Label Recovery needs the shipper number; without a plan we do not know which site's account shipped.
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return byReference.apply(reference, shipperNumber).handle((recovered, error) -> {
            if (error == null) {
                return found(recovered);
            }
            Throwable cause = Failures.cause(error);
            if (cause instanceof UpsRejectedException rejected) {
                LOG.debug("Label recovery has no shipment for reference {} ({})", reference, rejected.code());
                return Optional.<FoundShipment>empty();
            }
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }

    private static Optional<FoundShipment> found(RecoveredShipment recovered) {
        List<String> numbers = recovered.trackingNumbers();
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        String id = recovered.shipmentId() == null ? numbers.get(0) : recovered.shipmentId();
        return Optional.of(new FoundShipment(id, numbers, recovered.labels()));
    }
}
