package dev.x3ups.ups.sink.shipping;

import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import java.util.concurrent.CompletableFuture;

/** {@code POST /ship} (the ups-client {@code ShipClient} in production). */
@FunctionalInterface
public interface Shipper {
    CompletableFuture<ShipOutcome> ship(ShipmentSpec spec);
}
