package dev.x3ups.ups.sink.subscription;

import dev.x3ups.client.Failures;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.alert.SubscriptionResult;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the tracking numbers of new (and renewing) shipments and subscribes them to Track Alert in calls of
 * at most {@code batchSize} numbers: a call goes out as soon as a batch is full, or when the oldest waiting number
 * has waited {@code flushAfter}. Refused numbers are tried again up to {@code attempts} times; an order's
 * subscription is recorded once all its numbers are settled: ACTIVE with the expiry, FAILED when any number stayed
 * refused, UNAVAILABLE when UPS says Track Alert is not available for the account.
 */
public final class SubscriptionBatcher {
    static final String NOT_AVAILABLE = "VSS000";
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionBatcher.class);

    private final Subscriber subscriber;
    private final SubscriptionRecorder recorder;
    private final int batchSize;
    private final long flushAfterNanos;
    private final int attempts;
    private final LongSupplier nanoTime;
    private final SinkMetrics metrics;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private final Map<String, OrderSubscription> orders = new HashMap<>();

    public SubscriptionBatcher(Subscriber subscriber, SubscriptionRecorder recorder, int batchSize, Duration flushAfter,
                               int attempts, LongSupplier nanoTime, SinkMetrics metrics) {
        if (batchSize < 1 || batchSize > 100) {
            throw new IllegalArgumentException("Track Alert takes 1 to 100 numbers per call");
        }
        this.subscriber = subscriber;
        this.recorder = recorder;
        this.batchSize = batchSize;
        this.flushAfterNanos = flushAfter.toNanos();
        this.attempts = Math.max(1, attempts);
        this.nanoTime = nanoTime;
        this.metrics = metrics;
    }

    /** Queues an order's numbers unless the order is already waiting; a full batch is sent at once. */
    public void enqueue(String orderKey, List<String> trackingNumbers, boolean renewal) {
        if (trackingNumbers.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (orders.containsKey(orderKey)) {
                return;
            }
            orders.put(orderKey, new OrderSubscription(new HashSet<>(trackingNumbers), renewal));
            long now = nanoTime.getAsLong();
            trackingNumbers.forEach(n -> queue.add(new Waiting(orderKey, n, 1, now)));
        }
        sendFullBatches();
    }

    public synchronized boolean waiting(String orderKey) {
        return orders.containsKey(orderKey);
    }

    /** Sends full batches, and the rest when its oldest number waited long enough. Called by the scheduler. */
    public void flushDue() {
        sendFullBatches();
        List<Waiting> batch;
        synchronized (this) {
            Waiting oldest = queue.peek();
            if (oldest == null || nanoTime.getAsLong() - oldest.since < flushAfterNanos) {
                return;
            }
            batch = take();
        }
        send(batch);
    }

    private void sendFullBatches() {
        while (true) {
            List<Waiting> batch;
            synchronized (this) {
                if (queue.size() < batchSize) {
                    return;
                }
                batch = take();
            }
            send(batch);
        }
    }

    private List<Waiting> take() {
        List<Waiting> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        return batch;
    }

    private void send(List<Waiting> batch) {
        metrics.subscriptionCall();
        List<String> numbers = batch.stream().map(Waiting::trackingNumber).toList();
        subscriber.subscribe(numbers).whenComplete((result, error) -> {
            if (error != null) {
                failed(batch, error);
            } else {
                answered(batch, result);
            }
        });
    }

    private void answered(List<Waiting> batch, SubscriptionResult result) {
        Set<String> refused = new HashSet<>(result.invalid());
        Set<String> accepted = new HashSet<>(result.valid());
        for (Waiting w : batch) {
            if (accepted.contains(w.trackingNumber) && !refused.contains(w.trackingNumber)) {
                settle(w, SubscriptionState.ACTIVE, result.expiresAt());
            } else {
                retryOrGiveUp(w, "refused by Track Alert");
            }
        }
    }

    private void failed(List<Waiting> batch, Throwable error) {
        Throwable cause = Failures.cause(error);
        if (cause instanceof UpsRejectedException rejected && NOT_AVAILABLE.equals(rejected.code())) {
            LOG.warn("Track Alert is not available for this UPS account; {} shipments are left to tracking by polling",
                    batch.size());
            batch.forEach(w -> settle(w, SubscriptionState.UNAVAILABLE, null));
            return;
        }
        String why = Failures.rootMessage(cause);
        LOG.warn("Track Alert subscription of {} numbers failed: {}", batch.size(), why);
        batch.forEach(w -> retryOrGiveUp(w, why));
    }

    private void retryOrGiveUp(Waiting w, String why) {
        if (w.attempt < attempts) {
            synchronized (this) {
                queue.add(new Waiting(w.orderKey, w.trackingNumber, w.attempt + 1, nanoTime.getAsLong()));
            }
            return;
        }
        LOG.warn("Tracking number {} of order {} not subscribed after {} attempts: {}", w.trackingNumber, w.orderKey,
                attempts, why);
        settle(w, SubscriptionState.FAILED, null);
    }

    private void settle(Waiting w, SubscriptionState state, Instant expiry) {
        OrderSubscription done;
        synchronized (this) {
            OrderSubscription order = orders.get(w.orderKey);
            if (order == null) {
                return;
            }
            order.settle(w.trackingNumber, state, expiry);
            if (!order.remaining.isEmpty()) {
                return;
            }
            orders.remove(w.orderKey);
            done = order;
        }
        if (done.renewal && done.state == SubscriptionState.ACTIVE) {
            metrics.subscriptionRenewed(1);
        }
        recorder.record(w.orderKey, w.trackingNumber, done.state, done.expiry).whenComplete((entry, error) -> {
            if (error != null) {
                LOG.warn("Subscription state of order {} not recorded: {}", w.orderKey, error.getMessage());
            }
        });
    }

    private record Waiting(String orderKey, String trackingNumber, int attempt, long since) {
    }

    /** The numbers of one order still waiting, and the state they add up to so far. */
    private static final class OrderSubscription {
        final Set<String> remaining;
        final boolean renewal;
        SubscriptionState state = SubscriptionState.ACTIVE;
        Instant expiry;

        OrderSubscription(Set<String> remaining, boolean renewal) {
            this.remaining = remaining;
            this.renewal = renewal;
        }

        void settle(String number, SubscriptionState outcome, Instant outcomeExpiry) {
            remaining.remove(number);
            if (outcome != SubscriptionState.ACTIVE) {
                state = state == SubscriptionState.UNAVAILABLE ? state : outcome;
            } else if (expiry == null || outcomeExpiry.isBefore(expiry)) {
                expiry = outcomeExpiry;
            }
        }
    }
}
