package dev.x3ups.ups.client.ship;

import dev.x3ups.ups.client.UnsafeCallFailure;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/shipments/v2409/ship}. Marked non-idempotent: only "not processed" answers (429, 503) and
 * failures before sending are retried; anything after sending without an answer is {@link ShipOutcome.Ambiguous}.
 */
public final class ShipClient {
    private final UpsTransport transport;

    public ShipClient(UpsTransport transport) {
        this.transport = transport;
    }

    /**
     * Completes with a typed outcome. Completes exceptionally only for configuration problems
     * (UPS refused our credentials: {@link dev.x3ups.ups.client.auth.UpsAuthenticationException}).
     */
    public CompletableFuture<ShipOutcome> ship(ShipmentSpec spec) {
        ApiRequest request = ApiRequest.post("ship", ShipmentRequestJson.write(spec), "shipments", "v2409", "ship")
                .notIdempotent();
        return transport.execute(request).handle((response, error) -> {
            if (error == null) {
                ShipOutcome.Created created = ShipmentResponseReader.read(response.body());
                return created != null ? created
                        : new ShipOutcome.Ambiguous("UPS answered HTTP " + response.status()
                                + " without a ShipmentIdentificationNumber");
            }
            return outcome(error);
        });
    }

    static ShipOutcome outcome(Throwable error) {
        return UnsafeCallFailure.sort(error, ShipOutcome.Rejected::new, ShipOutcome.Ambiguous::new,
                ShipOutcome.Unavailable::new);
    }
}
