package dev.x3ups.ups.sink.service;

import dev.x3ups.ups.client.rate.RateClient;
import dev.x3ups.ups.client.rate.RatedService;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Prices a shipment with UPS: the one service it names (Rate), or every service on its lane (Shop). */
public interface RateQuoter {

    CompletableFuture<List<RatedService>> rate(ShipmentSpec spec);

    CompletableFuture<List<RatedService>> shop(ShipmentSpec spec);

    static RateQuoter of(RateClient client) {
        return new RateQuoter() {
            @Override
            public CompletableFuture<List<RatedService>> rate(ShipmentSpec spec) {
                return client.rate(spec);
            }

            @Override
            public CompletableFuture<List<RatedService>> shop(ShipmentSpec spec) {
                return client.shop(spec);
            }
        };
    }
}
