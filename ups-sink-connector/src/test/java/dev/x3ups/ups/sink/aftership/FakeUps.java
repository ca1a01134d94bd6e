package dev.x3ups.ups.sink.aftership;

import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.ship.VoidResult;
import dev.x3ups.ups.sink.shipping.Voider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * UPS as the after-label flow sees it: each shipment (its id is its only tracking number) picked up or not, and
 * voids that behave like the simulator's (a void of a voided shipment is refused with 190102).
 */
public final class FakeUps {
    public final Map<String, PickupStatus> status = new ConcurrentHashMap<>();
    public final List<String> voidCalls = new CopyOnWriteArrayList<>();
    public final List<String> trackCalls = new CopyOnWriteArrayList<>();
    /** Calls that fail as if UPS were down, before it answers again. */
    public int unavailableCalls;
    /** The void goes through at UPS but its answer is lost (the client sees UPS unavailable). */
    public boolean loseVoidAnswer;
    /** Track keeps showing no scan although the shipment is voided (UPS's index lagging). */
    public boolean trackLags;

    public PickupCheck pickups() {
        return numbers -> {
            trackCalls.add(numbers.get(0));
            if (unavailableCalls > 0) {
                unavailableCalls--;
                return CompletableFuture.failedFuture(unavailable());
            }
            PickupStatus s = status.getOrDefault(numbers.get(0), PickupStatus.NOT_PICKED_UP);
            return CompletableFuture.completedFuture(trackLags && s == PickupStatus.VOIDED
                    ? PickupStatus.NOT_PICKED_UP : s);
        };
    }

    public Voider voider() {
        return id -> {
            voidCalls.add(id);
            PickupStatus s = status.getOrDefault(id, PickupStatus.NOT_PICKED_UP);
            if (s == PickupStatus.VOIDED) {
                return CompletableFuture.failedFuture(new UpsRejectedException("void", 400,
                        List.of(new UpsError("190102", "No shipment found within the allowed void period")), null));
            }
            status.put(id, PickupStatus.VOIDED);
            if (loseVoidAnswer) {
                loseVoidAnswer = false;
                return CompletableFuture.failedFuture(unavailable());
            }
            return CompletableFuture.completedFuture(new VoidResult("1", "Voided", Map.of()));
        };
    }

    private static UpsUnavailableException unavailable() {
        return new UpsUnavailableException("connection reset", 503, List.of(), null);
    }
}
