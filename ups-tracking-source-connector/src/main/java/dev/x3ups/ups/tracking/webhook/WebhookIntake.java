package dev.x3ups.ups.tracking.webhook;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.tracking.events.Acknowledgement;
import dev.x3ups.ups.tracking.events.InboundQueue;
import dev.x3ups.ups.tracking.events.MalformedEventException;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.events.WebhookEventParser;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers to a Track Alert POST: 401 wrong or missing credentials, 415 not JSON, 400 not an event (logged
 * with the payload's SHA-256 and counted, never dropped silently), 503 queue full or not acknowledged in time,
 * else 200. In {@link AckMode#COMMITTED} the answer waits, without a thread, for Kafka's acknowledgement.
 */
public final class WebhookIntake {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookIntake.class);
    private final WebhookAuthenticator authenticator;
    private final WebhookEventParser parser;
    private final InboundQueue queue;
    private final TrackingMetrics metrics;
    private final AckMode ackMode;
    private final Duration ackTimeout;
    private final LongSupplier nanoTime;
    private volatile boolean open = true;

    public WebhookIntake(WebhookAuthenticator authenticator, WebhookEventParser parser, InboundQueue queue,
                         TrackingMetrics metrics, AckMode ackMode, Duration ackTimeout, LongSupplier nanoTime) {
        this.authenticator = authenticator;
        this.parser = parser;
        this.queue = queue;
        this.metrics = metrics;
        this.ackMode = ackMode;
        this.ackTimeout = ackTimeout;
        this.nanoTime = nanoTime;
    }

    /** The status to answer before reading the body, or 0 to go on. */
    public int precheck(HttpFields headers) {
        if (!authenticator.accepts(headers)) {
            metrics.authFailure();
            return 401;
        }
        String contentType = headers.get(HttpHeader.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).trim().startsWith("application/json")) {
            return 415;
        }
        return open ? 0 : 503;
    }

    /** Parses and queues one event; completes with the HTTP status to answer. */
    public CompletableFuture<Integer> accept(byte[] body) {
        long received = nanoTime.getAsLong();
        TrackingEvent event;
        try {
            event = parser.parse(body);
        } catch (MalformedEventException e) {
            metrics.malformed();
            LOG.warn("Track Alert webhook rejected (400): {}; {} bytes, sha256={}", e.getMessage(), body.length,
                    HexFormat.of().formatHex(sha256(body)));
            return CompletableFuture.completedFuture(400);
        }
        metrics.received(TrackingSource.WEBHOOK);
        Acknowledgement ack = ackMode == AckMode.COMMITTED ? Acknowledgement.waiting(received)
                : Acknowledgement.none();
        if (!open || !queue.offerWebhook(ObservedEvent.webhook(event, ack))) {
            metrics.rejectedFull();
            return CompletableFuture.completedFuture(503);
        }
        if (ackMode == AckMode.RECEIVED) {
            metrics.ackLatency().record(nanoTime.getAsLong() - received);
            return CompletableFuture.completedFuture(200);
        }
        return ack.future().orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((ok, failure) -> {
                    if (failure == null) {
                        return 200;
                    }
                    metrics.ackTimeout();
                    return 503;
                });
    }

    public WebhookAuthenticator authenticator() {
        return authenticator;
    }

    /** Stops taking events (task stopping): new ones get 503, so UPS's load balancer health check moves on. */
    public void close() {
        open = false;
    }

    public boolean isOpen() {
        return open;
    }

    private static byte[] sha256(byte[] body) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(body);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
