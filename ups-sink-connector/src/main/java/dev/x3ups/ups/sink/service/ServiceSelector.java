package dev.x3ups.ups.sink.service;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.concurrent.CompletableFuture;

/** Chooses the UPS service for an order whose shipment is otherwise complete. */
public interface ServiceSelector {

    /** The UPS service code; completes with {@link UnshippableOrderException} when no service fits. */
    CompletableFuture<String> select(Order order, ShipmentSpec draft);
}
