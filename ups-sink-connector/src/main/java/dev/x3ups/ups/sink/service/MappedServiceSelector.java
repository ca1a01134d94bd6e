package dev.x3ups.ups.sink.service;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The service configured for the order's X3 delivery mode, else the configured default service. */
public final class MappedServiceSelector implements ServiceSelector {
    private final Map<String, String> serviceByMode;
    private final String defaultService;

    public MappedServiceSelector(Map<String, String> serviceByMode, String defaultService) {
        this.serviceByMode = Map.copyOf(serviceByMode);
        this.defaultService = defaultService;
    }

    @Override
    public CompletableFuture<String> select(Order order, ShipmentSpec draft) {
        String mode = order.deliveryMode() == null ? "" : order.deliveryMode().strip();
        String service = serviceByMode.getOrDefault(mode, defaultService);
        if (service == null) {
            return CompletableFuture.failedFuture(new UnshippableOrderException(UnshippableOrderException.NO_SERVICE,
                    (mode.isEmpty() ? "the order has no delivery mode" : "delivery mode '" + mode + "' has no UPS service")
                            + " in " + PlanningConfig.SERVICE_MAP_CONFIG + " and no "
                            + PlanningConfig.SERVICE_DEFAULT_CONFIG + " is configured"));
        }
        return CompletableFuture.completedFuture(service);
    }
}
