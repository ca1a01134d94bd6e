package dev.x3ups.ups.client.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.Lenient;
import dev.x3ups.ups.client.json.UpsJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Track Alert v2 package subscriptions (docs/architecture.md, "UPS facts: Track Alert"): {@code POST /api/track/v2/subscription/{type}/package},
 * at most {@value #MAX_PER_CALL} numbers per call (more is VSS220), so longer lists are split into several calls.
 */
public final class TrackAlertClient {
    public static final int MAX_PER_CALL = 100;
    private final UpsTransport transport;
    private final Clock clock;

    public TrackAlertClient(UpsTransport transport) {
        this(transport, Clock.systemUTC());
    }

    TrackAlertClient(UpsTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    /** v2: the webhook is the one registered for our client id in the UPS developer portal. */
    public CompletableFuture<SubscriptionResult> subscribe(List<String> trackingNumbers, SubscriptionType type) {
        return subscribe(trackingNumbers, type, null);
    }

    /**
     * v1 ({@code /api/track/v1/...}, still supported by UPS): events go to {@code destination}, authenticated with its
     * credential. A changed credential needs a new subscription.
     */
    public CompletableFuture<SubscriptionResult> subscribe(List<String> trackingNumbers, SubscriptionType type,
                                                           WebhookDestination destination) {
        if (trackingNumbers.isEmpty()) {
            return CompletableFuture.completedFuture(new SubscriptionResult(List.of(), List.of(), clock.instant()));
        }
        List<CompletableFuture<SubscriptionResult>> calls = new ArrayList<>();
        for (int from = 0; from < trackingNumbers.size(); from += MAX_PER_CALL) {
            List<String> batch = trackingNumbers.subList(from, Math.min(trackingNumbers.size(), from + MAX_PER_CALL));
            calls.add(subscribeBatch(List.copyOf(batch), type, destination));
        }
        CompletableFuture<SubscriptionResult> all = calls.get(0);
        for (int i = 1; i < calls.size(); i++) {
            all = all.thenCombine(calls.get(i), SubscriptionResult::merge);
        }
        return all;
    }

    private CompletableFuture<SubscriptionResult> subscribeBatch(List<String> batch, SubscriptionType type,
                                                                 WebhookDestination destination) {
        ObjectNode body = UpsJson.object();
        body.put("locale", "en_US");
        body.put("countryCode", "US");
        ArrayNode list = body.putArray("trackingNumberList");
        batch.forEach(list::add);
        if (destination != null) {
            ObjectNode target = body.putObject("destination");
            target.put("url", destination.url());
            target.put("credentialType", destination.credentialType());
            target.put("credential", destination.credential().reveal());
        }
        ApiRequest request = ApiRequest.post("track alert subscribe", body,
                "track", destination == null ? "v2" : "v1", "subscription", type.path(), "package");
        return transport.execute(request).handle((response, error) -> {
            if (error == null) {
                return read(response.body(), batch);
            }
            Throwable cause = Failures.cause(error);
            // a 400 for "no valid number" (VSS210) still tells which numbers were refused
            if (cause instanceof UpsRejectedException rejected && rejected.body() != null
                    && !Lenient.texts(rejected.body(), "invalidTrackingNumbers").isEmpty()) {
                return new SubscriptionResult(List.of(), Lenient.texts(rejected.body(), "invalidTrackingNumbers"),
                        clock.instant());
            }
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }

    private SubscriptionResult read(JsonNode body, List<String> sent) {
        List<String> valid = Lenient.texts(body, "validTrackingNumbers");
        List<String> invalid = Lenient.texts(body, "invalidTrackingNumbers");
        if (valid.isEmpty() && invalid.isEmpty()) {
            valid = sent; // a bare 200 means all were accepted
        }
        return new SubscriptionResult(valid, invalid, clock.instant());
    }
}
