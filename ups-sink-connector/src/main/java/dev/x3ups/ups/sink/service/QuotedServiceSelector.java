package dev.x3ups.ups.sink.service;

import dev.x3ups.client.Failures;
import dev.x3ups.records.Order;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.rate.RatedService;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The cheapest allowed service as UPS prices this very shipment (negotiated charge when UPS gives one).
 * SHOP asks once for every service on the lane and keeps the allowed ones; RATE asks for each allowed service
 * and skips those UPS refuses for the lane. Equal prices go to the faster service ({@link ServiceSpeed}).
 * A transient rating failure fails the plan so it is retried; no allowed service at all is unshippable.
 */
public final class QuotedServiceSelector implements ServiceSelector {
    private final RateQuoter quoter;
    private final boolean shop;
    private final List<String> allowed;

    /** @param allowed service codes to choose from; for SHOP empty means any */
    public QuotedServiceSelector(RateQuoter quoter, boolean shop, List<String> allowed) {
        this.quoter = quoter;
        this.shop = shop;
        this.allowed = List.copyOf(allowed);
        if (!shop && allowed.isEmpty()) {
            throw new IllegalArgumentException("RATE needs the services to rate");
        }
    }

    @Override
    public CompletableFuture<String> select(Order order, ShipmentSpec draft) {
        CompletableFuture<List<RatedService>> quotes = shop ? quoter.shop(draft) : rateEach(draft);
        return quotes.thenCompose(rated -> {
            List<RatedService> candidates = rated.stream()
                    .filter(s -> s.serviceCode() != null && s.effectiveCharges() != null)
                    .filter(s -> allowed.isEmpty() || allowed.contains(s.serviceCode()))
                    .sorted(Comparator.comparing((RatedService s) -> s.effectiveCharges().amount())
                            .thenComparing(RatedService::serviceCode, ServiceSpeed.FASTEST_FIRST_ORDER))
                    .toList();
            if (candidates.isEmpty()) {
                return CompletableFuture.failedFuture(new UnshippableOrderException(
                        UnshippableOrderException.NO_SERVICE,
                        "UPS rates none of the allowed services " + (allowed.isEmpty() ? "(any)" : allowed)
                                + " from " + draft.origin().address().countryCode() + " to "
                                + draft.shipTo().address().countryCode() + " for this shipment"));
            }
            return CompletableFuture.completedFuture(candidates.get(0).serviceCode());
        });
    }

    private CompletableFuture<List<RatedService>> rateEach(ShipmentSpec draft) {
        List<CompletableFuture<List<RatedService>>> calls = new ArrayList<>();
        for (String service : allowed) {
            calls.add(quoter.rate(draft.toBuilder().serviceCode(service).build())
                    .exceptionallyCompose(failure -> Failures.cause(failure) instanceof UpsRejectedException
                            ? CompletableFuture.completedFuture(List.of()) // not offered on this lane
                            : CompletableFuture.failedFuture(Failures.cause(failure))));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<RatedService> all = new ArrayList<>();
            calls.forEach(call -> all.addAll(call.join()));
            return all;
        });
    }
}
