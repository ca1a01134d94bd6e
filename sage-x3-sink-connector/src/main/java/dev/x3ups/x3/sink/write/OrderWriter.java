package dev.x3ups.x3.sink.write;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RecordExistsException;
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
 * Brings one order up to date in X3: folds the batch's updates into what X3 holds and writes only the fields
 * that changed — nothing at all when nothing changed, one call otherwise. What X3 holds is cached per order
 * after the first write; an order not in the cache is created blind or read first ({@link FirstWrite}, or
 * always read first with {@code x3.read.before.write}). A batch of carrier events that are no milestone
 * ({@link Milestones}) writes nothing: the events wait for the order's next write.
 */
public final class OrderWriter {

    private static final Logger LOG = LoggerFactory.getLogger(OrderWriter.class);

    /**
     * How the writer spends X3 calls.
     *
     * @param milestones      carrier events worth a write of their own
     * @param readBeforeWrite read X3's record before the first write of an order since start (other programs
     *                        write the record too), instead of creating it blind when it is likely new
     * @param deferredOrders  orders whose non-milestone events are kept waiting, at most
     */
    public record Policy(Milestones milestones, boolean readBeforeWrite, int deferredOrders) {
        /** Today's behaviour before milestones: every event written, every order read first. */
        public static final Policy READ_FIRST_EVERY_EVENT = new Policy(Milestones.EVERY_EVENT, true, 1);
    }

    private final TrackingTarget target;
    private final StatusMerge merge;
    private final KnownStates known;
    private final Retrier retrier;
    private final SinkMetrics metrics;
    private final LongSupplier nanoClock;
    private final CapacityWarnings capacity;
    private final Policy policy;
    private final DeferredUpdates deferred;

    /** Read first, every event written, with the tracking-number capacity of the documented YSHIPTRK class. */
    public OrderWriter(TrackingTarget target, StatusMerge merge, KnownStates known, Retrier retrier,
            SinkMetrics metrics, LongSupplier nanoClock) {
        this(target, merge, known, retrier, metrics, nanoClock,
                new CapacityWarnings(TrackingNumbers.DEFAULT_CAPACITY, 10_000), Policy.READ_FIRST_EVERY_EVENT);
    }

    public OrderWriter(TrackingTarget target, StatusMerge merge, KnownStates known, Retrier retrier,
            SinkMetrics metrics, LongSupplier nanoClock, CapacityWarnings capacity, Policy policy) {
        this.capacity = capacity;
        this.target = target;
        this.merge = merge;
        this.known = known;
        this.retrier = retrier;
        this.metrics = metrics;
        this.nanoClock = nanoClock;
        this.policy = policy;
        this.deferred = new DeferredUpdates(policy.deferredOrders());
    }

    public Outcome write(OrderKey order, List<OrderUpdate> updates) throws InterruptedException {
        List<OrderUpdate> all = deferred.with(order, updates);
        if (!policy.milestones().anyWrites(all)) {
            deferred.defer(order, all);
            metrics.notMilestones(updates.size());
            return Outcome.UNCHANGED;
        }
        Outcome outcome = writeNow(order, all);
        if (outcome.kind() != Outcome.Kind.RETRY && outcome.kind() != Outcome.Kind.UNAUTHORIZED) {
            deferred.done(order);
        }
        return outcome;
    }

    private Outcome writeNow(OrderKey order, List<OrderUpdate> updates) throws InterruptedException {
        try {
            KnownStates.Known before = known.get(order);
            boolean blind = before == null && !policy.readBeforeWrite() && target.refusesExistingOnCreate()
                    && FirstWrite.likelyNewRecord(updates);
            if (blind) {
                try {
                    return fold(order, new KnownStates.Known(false, OrderState.EMPTY), updates, true);
                } catch (X3RecordExistsException e) {
                    metrics.createConflict();
                    LOG.debug("X3 already holds a record for order {}: reading it to merge", order);
                }
            }
            if (before == null) {
                before = readFromX3(order);
                known.put(order, before);
            }
            return fold(order, before, updates, false);
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

    /**
     * Folds {@code updates} into {@code before} and writes what changed. {@code assumed}: X3's state is a guess
     * (no record), so an unchanged result is not remembered.
     */
    private Outcome fold(OrderKey order, KnownStates.Known before, List<OrderUpdate> updates, boolean assumed)
            throws X3Exception, InterruptedException {
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
            if (!assumed) {
                known.put(order, new KnownStates.Known(before.exists(), next));
            }
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
    }

    private KnownStates.Known readFromX3(OrderKey order) throws X3Exception, InterruptedException {
        Optional<OrderTracking> current = retrier.call(() -> target.read(order));
        metrics.read();
        return current.map(t -> new KnownStates.Known(true, merge.fromX3(t)))
                .orElseGet(() -> new KnownStates.Known(false, OrderState.EMPTY));
    }
}
