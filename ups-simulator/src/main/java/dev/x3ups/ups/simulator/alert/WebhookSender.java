package dev.x3ups.ups.simulator.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs events with the JDK's async client, at most {@code maxInFlight} at a time; the rest wait in a
 * bounded queue (overflow is lost and counted, like an unavailable receiver). Never retries.
 */
final class WebhookSender implements EventPoster {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private record Delivery(WebhookDestination destination, byte[] body) { }

    private final HttpClient http;
    private final ReceiverTokens tokens;
    private final DeliveryStats stats;
    private final Semaphore permits;
    private final int maxQueued;
    private final Queue<Delivery> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();

    WebhookSender(HttpClient http, ReceiverTokens tokens, DeliveryStats stats, int maxInFlight, int maxQueued) {
        this.http = http;
        this.tokens = tokens;
        this.stats = stats;
        this.permits = new Semaphore(maxInFlight);
        this.maxQueued = maxQueued;
    }

    @Override
    public void send(WebhookDestination destination, byte[] body) {
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            stats.overflow.increment();
            return;
        }
        queue.add(new Delivery(destination, body));
        drain();
    }

    private void drain() {
        while (!queue.isEmpty() && permits.tryAcquire()) {
            Delivery d = queue.poll();
            if (d == null) {
                permits.release();
                return;
            }
            queued.decrementAndGet();
            deliver(d).whenComplete((ok, failure) -> {
                permits.release();
                drain();
            });
        }
    }

    private CompletableFuture<Void> deliver(Delivery d) {
        stats.attempted.increment();
        WebhookDestination dest = d.destination();
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(dest.url()))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", TrackingEventPayloads.USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(d.body()));
        } catch (IllegalArgumentException e) {
            stats.failed.increment();
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<HttpRequest> request = dest.style() == WebhookDestination.Style.OAUTH
                ? tokens.token(dest).thenApply(t -> builder.header("Authorization", "Bearer " + t)
                        .header("x-api-key", dest.clientId()).build())
                : CompletableFuture.completedFuture(builder.header("credential", dest.credential()).build());
        return request.thenCompose(r -> http.sendAsync(r, HttpResponse.BodyHandlers.discarding()))
                .handle((response, failure) -> {
                    if (failure == null && response.statusCode() / 100 == 2) {
                        stats.delivered.increment();
                    } else {
                        stats.failed.increment();
                        if (response != null && response.statusCode() == 401) {
                            tokens.invalidate(dest);
                        }
                        LOG.debug("webhook delivery to {} failed: {}", dest.url(),
                                failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode());
                    }
                    return null;
                });
    }
}
