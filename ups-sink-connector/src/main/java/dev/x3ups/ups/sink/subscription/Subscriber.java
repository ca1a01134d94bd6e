package dev.x3ups.ups.sink.subscription;

import dev.x3ups.ups.client.alert.SubscriptionResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One Track Alert package subscription call (the ups-client {@code TrackAlertClient} in production). */
@FunctionalInterface
public interface Subscriber {
    CompletableFuture<SubscriptionResult> subscribe(List<String> trackingNumbers);
}
