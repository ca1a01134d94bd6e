package dev.x3ups.ups.sink.aftership;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Asks UPS whether a shipment's packages were picked up (Track by tracking number in production). */
@FunctionalInterface
public interface PickupCheck {
    CompletableFuture<PickupStatus> status(List<String> trackingNumbers);
}
