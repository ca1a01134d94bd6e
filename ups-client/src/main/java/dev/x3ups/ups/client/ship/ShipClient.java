package dev.x3ups.ups.client.ship;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.UpsAmbiguousException;
import dev.x3ups.ups.client.UpsException;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.auth.TokenBudgetExhaustedException;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        Throwable cause = Failures.cause(error);
        if (cause instanceof UpsRejectedException rejected) {
            String message = rejected.errors().isEmpty() ? "HTTP " + rejected.httpStatus()
                    : rejected.errors().get(0).message();
            return new ShipOutcome.Rejected(rejected.httpStatus(), rejected.code(), message, rejected.errors());
        }
        if (cause instanceof UpsAmbiguousException ambiguous) {
            return new ShipOutcome.Ambiguous(ambiguous.getMessage());
        }
        if (cause instanceof UpsUnavailableException || cause instanceof TokenBudgetExhaustedException) {
            UpsException e = (UpsException) cause;
            return new ShipOutcome.Unavailable(e.getMessage(), e.httpStatus(), e.code());
        }
        throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
