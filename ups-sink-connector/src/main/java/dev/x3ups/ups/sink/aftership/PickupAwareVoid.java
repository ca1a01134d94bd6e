package dev.x3ups.ups.sink.aftership;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.sink.shipping.Delays;
import dev.x3ups.ups.sink.shipping.Voider;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Voids a shipment only while UPS shows no pickup scan (docs/architecture.md, "After the label"): Track first,
 * then the void. Track first because whether UPS refuses a void after pickup is not documented (only the void
 * window's 190102 is), and because Track also shows a void that an earlier attempt made before a crash (MV), so
 * that attempt is not repeated. A refused void is checked once more with Track: already voided (our own earlier
 * void, not yet visible the first time) or picked up in between. When UPS cannot be reached the whole check is
 * repeated after the interval, as often as needed: every step is safe to repeat.
 */
public final class PickupAwareVoid {
    private static final Logger LOG = LoggerFactory.getLogger(PickupAwareVoid.class);
    private final PickupCheck pickups;
    private final Voider voider;
    private final Delays delays;
    private final Duration interval;

    public PickupAwareVoid(PickupCheck pickups, Voider voider, Delays delays, Duration interval) {
        this.pickups = pickups;
        this.voider = voider;
        this.delays = delays;
        this.interval = interval;
    }

    public CompletableFuture<VoidOutcome> voidUnlessPickedUp(String shipmentId, List<String> trackingNumbers) {
        return retried(shipmentId, () -> tryVoidUnlessPickedUp(shipmentId, trackingNumbers));
    }

    /** Voids at once, the pickup check already made by the caller; a refusal is checked with Track as above. */
    public CompletableFuture<VoidOutcome> voidAfterCheck(String shipmentId, List<String> trackingNumbers) {
        return retried(shipmentId, () -> voidNow(shipmentId, trackingNumbers));
    }

    /** As {@link #voidUnlessPickedUp} but tried once: a failure to reach UPS fails the future (the sweep). */
    public CompletableFuture<VoidOutcome> tryVoidUnlessPickedUp(String shipmentId, List<String> trackingNumbers) {
        return pickups.status(trackingNumbers).thenCompose(status -> switch (status) {
            case PICKED_UP -> done(VoidOutcome.Kind.PICKED_UP);
            case VOIDED -> done(VoidOutcome.Kind.ALREADY_VOIDED);
            case NOT_PICKED_UP -> voidNow(shipmentId, trackingNumbers);
        });
    }

    /** What UPS holds right now, without voiding anything (one Track call, repeated while UPS is unreachable). */
    public CompletableFuture<PickupStatus> status(String shipmentId, List<String> trackingNumbers) {
        return retried(shipmentId, () -> pickups.status(trackingNumbers));
    }

    private CompletableFuture<VoidOutcome> voidNow(String shipmentId, List<String> trackingNumbers) {
        return voider.voidShipment(shipmentId).handle((result, error) -> {
            if (error == null) {
                return result.voided() ? done(VoidOutcome.Kind.VOIDED)
                        : afterRefusal(trackingNumbers, result.statusCode() + " " + result.statusDescription());
            }
            Throwable cause = Failures.cause(error);
            if (cause instanceof UpsRejectedException rejected) {
                return afterRefusal(trackingNumbers, rejected.code() + " " + Failures.rootMessage(rejected));
            }
            return CompletableFuture.<VoidOutcome>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<VoidOutcome> afterRefusal(List<String> trackingNumbers, String refusal) {
        return pickups.status(trackingNumbers).thenApply(status -> switch (status) {
            case VOIDED -> VoidOutcome.of(VoidOutcome.Kind.ALREADY_VOIDED);
            case PICKED_UP -> VoidOutcome.of(VoidOutcome.Kind.PICKED_UP);
            case NOT_PICKED_UP -> new VoidOutcome(VoidOutcome.Kind.REFUSED, refusal);
        });
    }

    private <T> CompletableFuture<T> retried(String shipmentId, Supplier<CompletableFuture<T>> step) {
        return step.get().handle((value, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(value);
            }
            LOG.warn("UPS could not be asked about shipment {}, trying again in {}: {}", shipmentId, interval,
                    Failures.rootMessage(error));
            return delays.after(interval).thenCompose(v -> retried(shipmentId, step));
        }).thenCompose(f -> f);
    }

    private static CompletableFuture<VoidOutcome> done(VoidOutcome.Kind kind) {
        return CompletableFuture.completedFuture(VoidOutcome.of(kind));
    }
}
