package dev.x3ups.ups.tracking.reconcile;

import dev.x3ups.client.Failures;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.client.track.TrackedPackage;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.events.TrackingOffsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the Track API about stale packages — what catches a webhook UPS dropped. The calls go through the UPS
 * client's token-bucket limiter; the whole history comes back each time and dedupe keeps what is new. The
 * last tracking number asked about is the cursor, so a restarted task goes on where it stopped.
 */
public final class TrackPoller {
    public static final String NAME = "track";
    static final String CURSOR = "cursor";
    private static final Logger LOG = LoggerFactory.getLogger(TrackPoller.class);
    private final Function<String, CompletableFuture<TrackResult>> track;
    private final PackageWatch watch;
    private final Duration callTimeout;
    private final LongSupplier nanoTime;
    private volatile String cursor;

    public TrackPoller(Function<String, CompletableFuture<TrackResult>> track, PackageWatch watch,
                       Duration callTimeout, LongSupplier nanoTime, String cursor) {
        this.track = track;
        this.watch = watch;
        this.callTimeout = callTimeout;
        this.nanoTime = nanoTime;
        this.cursor = cursor;
    }

    /** The cursor stored in a reconciler offset, or null. */
    public static String cursorOf(Map<String, ?> offset) {
        return offset != null && offset.get(CURSOR) instanceof String c ? c : null;
    }

    public String cursor() {
        return cursor;
    }

    /** Asks about each package (in order); returns their events, the last one carrying the new cursor. */
    public List<ObservedEvent> poll(List<String> trackingNumbers) throws InterruptedException {
        List<ObservedEvent> events = new ArrayList<>();
        for (String trackingNumber : trackingNumbers) {
            try {
                TrackResult result = track.apply(trackingNumber).get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
                watch.polled(trackingNumber);
                for (TrackedPackage pkg : result.packages()) {
                    for (TrackingEvent event : TrackEventMapper.events(pkg)) {
                        events.add(ObservedEvent.reconciled(event, pkg.references(), nanoTime.getAsLong()));
                    }
                }
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = Failures.cause(e);
                LOG.warn("Track call for {} failed, retried next pass: {}", trackingNumber, cause.toString());
            }
            cursor = trackingNumber;
        }
        if (!events.isEmpty() && cursor != null) {
            int last = events.size() - 1;
            events.set(last, events.get(last).withCursor(new ObservedEvent.Cursor(
                    TrackingOffsets.reconcilerPartition(NAME), Map.of(CURSOR, cursor))));
        }
        return events;
    }
}
