package dev.x3ups.ups.client.rate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.Lenient;
import dev.x3ups.ups.client.ship.Money;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@code POST /api/rating/v2409/{Rate|Shop}}: price one service, or every service between origin and destination. */
public final class RateClient {
    private final UpsTransport transport;

    public RateClient(UpsTransport transport) {
        this.transport = transport;
    }

    /** Rates the spec's service. */
    public CompletableFuture<List<RatedService>> rate(ShipmentSpec spec) {
        return send("Rate", RateRequestJson.write(spec, true));
    }

    /** Rates all services UPS offers for the spec. */
    public CompletableFuture<List<RatedService>> shop(ShipmentSpec spec) {
        return send("Shop", RateRequestJson.write(spec, false));
    }

    /** The cheapest of {@code services} among {@code allowedCodes} (all when empty). */
    public static Optional<RatedService> cheapest(List<RatedService> services, List<String> allowedCodes) {
        return services.stream()
                .filter(s -> allowedCodes.isEmpty() || allowedCodes.contains(s.serviceCode()))
                .filter(s -> s.effectiveCharges() != null)
                .min(Comparator.comparing(s -> s.effectiveCharges().amount()));
    }

    private CompletableFuture<List<RatedService>> send(String option, JsonNode body) {
        return transport.execute(ApiRequest.post(option.toLowerCase(java.util.Locale.ROOT), body, "rating", "v2409", option))
                .thenApply(response -> read(response.body()));
    }

    static List<RatedService> read(JsonNode body) {
        List<RatedService> out = new ArrayList<>();
        for (JsonNode rated : Lenient.list(Lenient.at(body, "RateResponse"), "RatedShipment")) {
            out.add(new RatedService(Lenient.text(rated, "Service", "Code"),
                    money(Lenient.at(rated, "TotalCharges")),
                    money(Lenient.at(rated, "NegotiatedRateCharges", "TotalCharge")),
                    Lenient.text(rated, "BillingWeight", "Weight"),
                    Lenient.text(rated, "BillingWeight", "UnitOfMeasurement", "Code")));
        }
        return out;
    }

    private static Money money(JsonNode node) {
        var amount = Lenient.decimal(node, "MonetaryValue");
        return amount == null ? null : new Money(Lenient.text(node, "CurrencyCode"), amount);
    }
}
