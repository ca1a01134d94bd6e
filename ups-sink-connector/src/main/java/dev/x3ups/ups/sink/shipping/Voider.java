package dev.x3ups.ups.sink.shipping;

import dev.x3ups.ups.client.ship.VoidResult;
import java.util.concurrent.CompletableFuture;

/** Voids a whole shipment (the ups-client {@code VoidClient} in production). */
@FunctionalInterface
public interface Voider {
    CompletableFuture<VoidResult> voidShipment(String shipmentId);
}
