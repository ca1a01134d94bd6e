package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Order;
import java.util.concurrent.CompletableFuture;

/**
 * Turns an order into the UPS shipment request to send: parties, packages, references and service.
 *
 * <p>Completes exceptionally with {@link UnshippableOrderException} when the order can never be
 * shipped as it stands (a hard failure the ledger records as {@code FAILED}); with another exception
 * when a UPS call it needed (Rate/Shop) failed and may succeed later.
 */
public interface ShipmentPlanner {

    CompletableFuture<ShipmentPlan> plan(Order order);
}
