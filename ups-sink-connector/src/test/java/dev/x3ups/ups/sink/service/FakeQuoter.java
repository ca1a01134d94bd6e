package dev.x3ups.ups.sink.service;

import dev.x3ups.ups.client.rate.RatedService;
import dev.x3ups.ups.client.ship.Money;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Answers Shop with a future the test completes, Rate per service from a table. */
public final class FakeQuoter implements RateQuoter {
    public final CompletableFuture<List<RatedService>> shopAnswer = new CompletableFuture<>();
    public final Map<String, CompletableFuture<List<RatedService>>> rates = new HashMap<>();
    public final List<ShipmentSpec> shopped = new ArrayList<>();
    public final List<ShipmentSpec> rated = new ArrayList<>();

    public static RatedService rated(String code, String total, String negotiated) {
        return new RatedService(code, new Money("USD", new BigDecimal(total)),
                negotiated == null ? null : new Money("USD", new BigDecimal(negotiated)), "1.0", "LBS");
    }

    @Override
    public synchronized CompletableFuture<List<RatedService>> rate(ShipmentSpec spec) {
        rated.add(spec);
        return rates.getOrDefault(spec.serviceCode(), CompletableFuture.completedFuture(List.of()));
    }

    @Override
    public synchronized CompletableFuture<List<RatedService>> shop(ShipmentSpec spec) {
        shopped.add(spec);
        return shopAnswer;
    }
}
