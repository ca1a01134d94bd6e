package dev.x3ups.ups.sink.shipping;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Label Recovery by {@code ReferenceValues{ReferenceNumber.Value, ShipperNumber}} (docs/architecture.md, "UPS facts: void and label recovery" and "UPS facts: references"): the last
 * resort after Track and Quantum View. UPS answers "nothing found" with an error whose code it does not document,
 * so any refusal ({@link UpsRejectedException}) is a miss; no answer, 5xx, 429 or a token problem stay failures,
 * which the {@link Reconciler} repeats. UPS returns one shipment here, so this finds an order but not its twins.
 */
public final class LabelRecoverySearch implements ReferenceSearch {
    private static final Logger LOG = LoggerFactory.getLogger(LabelRecoverySearch.class);
    private final BiFunction<String, String, CompletableFuture<RecoveredShipment>> byReference;

    /** @param byReference the ups-client {@code labelRecovery()::byReference} in production */
    public LabelRecoverySearch(BiFunction<String, String, CompletableFuture<RecoveredShipment>> byReference) {
        this.byReference = byReference;
    }

    @Override
    public CompletableFuture<List<String>> trackingNumbers(String reference, String shipperNumber) {
        if (shipperNumber == null || shipperNumber.isBlank()) {
            // Label Recovery needs the shipper number; without a plan we do not know which site's account shipped.
            return CompletableFuture.completedFuture(List.of());
        }
        return byReference.apply(reference, shipperNumber).handle((recovered, error) -> {
            if (error == null) {
                return recovered.trackingNumbers();
            }
            Throwable cause = Failures.cause(error);
            if (cause instanceof UpsRejectedException rejected) {
                LOG.debug("Label recovery has no shipment for reference {} ({})", reference, rejected.code());
                return List.of();
            }
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }
}
