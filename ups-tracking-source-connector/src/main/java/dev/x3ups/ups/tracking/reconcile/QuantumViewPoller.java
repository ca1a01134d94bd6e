package dev.x3ups.ups.tracking.reconcile;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.quantumview.QuantumViewBatch;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent;
import dev.x3ups.ups.client.quantumview.QuantumViewQuery;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.events.TrackingOffsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a Quantum View subscription in unread mode (UPS marks what it returns as read; the client follows the
 * Bookmark loop). The stored position is the time of the last poll and, when the client's page cap cut the
 * loop short, the Bookmark to go on from: a restarted task resumes the unfinished loop, else waits out the rest
 * of the interval instead of polling at once.
 */
public final class QuantumViewPoller {
    public static final String NAME = "quantum-view";
    static final String POLLED_AT = "polledAt";
    static final String SUBSCRIBER = "subscriberId";
    static final String BOOKMARK = "bookmark";
    private static final Logger LOG = LoggerFactory.getLogger(QuantumViewPoller.class);
    private final BiFunction<QuantumViewQuery, String, CompletableFuture<QuantumViewBatch>> quantumView;
    private final String subscription;
    private final Duration callTimeout;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private volatile Instant lastPoll;
    private volatile String bookmark;

    public QuantumViewPoller(BiFunction<QuantumViewQuery, String, CompletableFuture<QuantumViewBatch>> quantumView,
                             String subscription, Duration callTimeout, Clock clock, LongSupplier nanoTime,
                             Instant lastPoll, String bookmark) {
        this.quantumView = quantumView;
        this.subscription = subscription;
        this.callTimeout = callTimeout;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.lastPoll = lastPoll;
        this.bookmark = bookmark;
    }

    public static String bookmarkOf(Map<String, ?> offset) {
        return offset != null && offset.get(BOOKMARK) instanceof String b ? b : null;
    }

    public static Instant lastPollOf(Map<String, ?> offset) {
        return offset != null && offset.get(POLLED_AT) instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null;
    }

    /** Whether {@code interval} passed since the last poll, or an unfinished Bookmark loop waits. */
    public boolean due(Duration interval) {
        if (bookmark != null) {
            return true;
        }
        Instant last = lastPoll;
        return last == null || !last.plus(interval).isAfter(clock.instant());
    }

    /** One unread poll; an empty list when UPS had nothing new or could not be asked (logged). */
    public String bookmark() {
        return bookmark;
    }

    public List<ObservedEvent> poll() throws InterruptedException {
        Instant now = clock.instant();
        QuantumViewBatch batch;
        try {
            batch = quantumView.apply(QuantumViewQuery.unread(subscription), bookmark)
                    .get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = Failures.cause(e);
            LOG.warn("Quantum View poll of {} failed, retried next pass: {}", subscription, cause.toString());
            return List.of();
        }
        lastPoll = now;
        bookmark = batch.nextBookmark();
        List<ObservedEvent> events = new ArrayList<>();
        for (QuantumViewEvent e : batch.events()) {
            List<String> references = new ArrayList<>(e.packageReferences());
            references.addAll(e.shipmentReferences());
            QuantumViewEventMapper.event(e).ifPresent(event ->
                    events.add(ObservedEvent.reconciled(event, references, nanoTime.getAsLong())));
        }
        events.sort(java.util.Comparator.comparing(o -> o.event().activityTime()));
        if (!events.isEmpty()) {
            int last = events.size() - 1;
            Map<String, Object> position = new HashMap<>();
            position.put(POLLED_AT, now.toEpochMilli());
            if (batch.subscriberId() != null) {
                position.put(SUBSCRIBER, batch.subscriberId());
            }
            if (batch.nextBookmark() != null) {
                position.put(BOOKMARK, batch.nextBookmark());
            }
            events.set(last, events.get(last).withCursor(new ObservedEvent.Cursor(
                    TrackingOffsets.reconcilerPartition(NAME), position)));
        }
        return events;
    }
}
