package dev.x3ups.x3.sink.write;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import dev.x3ups.x3.sink.metrics.SinkMetrics;
import dev.x3ups.x3.sink.status.OrderState;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.TrackedField;
import dev.x3ups.x3.sink.status.TrackingNumbers;
import dev.x3ups.x3.sink.target.TrackingTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one order up to date in X3: learns what X3 holds (one read the first time the order is seen
 * since start, cached after), folds the batch's updates into it, and writes only the fields that
 * changed — nothing at all when nothing changed.
 */
public final class OrderWriter {

    private static final Logger LOG = LoggerFactory.getLogger(OrderWriter.class);

    private final TrackingTarget target;
    private final StatusMerge merge;
    private final KnownStates known;
    private final Retrier retrier;
    private final SinkMetrics metrics;
    private final LongSupplier nanoClock;
    private final CapacityWarnings capacity;

    /** With the tracking-number capacity of the documented YSHIPTRK class. */
    public OrderWriter(TrackingTarget target, StatusMerge merge, KnownStates known, Retrier retrier,
            SinkMetrics metrics, LongSupplier nanoClock) {
        this(target, merge, known, retrier, metrics, nanoClock,
                new CapacityWarnings(TrackingNumbers.DEFAULT_CAPACITY, 10_000));
    }

    public OrderWriter(TrackingTarget target, StatusMerge merge, KnownStates known, Retrier retrier,
            SinkMetrics metrics, LongSupplier nanoClock, CapacityWarnings capacity) {
        this.capacity = capacity;
        this.target = target;
        this.merge = merge;
        this.known = known;
        this.retrier = retrier;
        this.metrics = metrics;
        this.nanoClock = nanoClock;
    }

    public Outcome write(OrderKey order, List<OrderUpdate> updates) throws InterruptedException {
        try {
            KnownStates.Known before = known.get(order);
            if (before == null) {
                before = readFromX3(order);
                known.put(order, before);
            }
            OrderState next = before.state();
            List<String> offered = new ArrayList<>(next.tracking().trackingNumbers());
            for (OrderUpdate update : updates) {
                next = update.applyTo(next, merge);
                offered.addAll(update.trackingNumbers());
            }
            capacity.check(order, TrackingNumbers.count(offered));
            Set<TrackedField> changed = next.tracking().changesSince(before.state().tracking());
            changed.retainAll(target.fields());
            if (changed.isEmpty()) {
                known.put(order, new KnownStates.Known(before.exists(), next));
                metrics.unchanged();
                return Outcome.UNCHANGED;
            }
            boolean exists = before.exists();
            OrderState written = next;
            long start = nanoClock.getAsLong();
            retrier.call(() -> {
                target.write(order, exists, written.tracking(), changed);
                return null;
            });
            metrics.write(Duration.ofNanos(nanoClock.getAsLong() - start));
            known.put(order, new KnownStates.Known(true, next));
            return Outcome.WRITTEN;
        } catch (X3AuthenticationException e) {
            return Outcome.unauthorized(e.getMessage());
        } catch (X3Exception e) {
            return e.isRetriable() ? Outcome.retry(e.getMessage()) : Outcome.rejected(e.getMessage());
        } catch (RuntimeException e) {
            // One order's unexpected failure must not stop the others; its records are reported.
            LOG.error("Writing the tracking of order {} failed unexpectedly", order, e);
            return Outcome.rejected("unexpected error: " + e);
        }
    }

    private KnownStates.Known readFromX3(OrderKey order) throws X3Exception, InterruptedException {
        Optional<OrderTracking> current = retrier.call(() -> target.read(order));
        metrics.read();
        return current.map(t -> new KnownStates.Known(true, merge.fromX3(t)))
                .orElseGet(() -> new KnownStates.Known(false, OrderState.EMPTY));
    }
}
