package dev.x3ups.ups.tracking.events;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Between the listener threads and {@code poll()}: webhook events in a bounded queue (full means 503, UPS's
 * burst must not exhaust the worker's heap) and reconciled events in their own queue, so a reconciliation pass
 * never takes room from live webhooks. Reconcilers bound themselves (one pass at a time).
 */
public final class InboundQueue {
    private final BlockingQueue<ObservedEvent> webhooks;
    private final BlockingQueue<ObservedEvent> reconciled = new LinkedBlockingQueue<>();
    private final Object signal = new Object();

    public InboundQueue(int capacity) {
        this.webhooks = new ArrayBlockingQueue<>(capacity);
    }

    /** False when the queue is full. */
    public boolean offerWebhook(ObservedEvent event) {
        boolean added = webhooks.offer(event);
        if (added) {
            wake();
        }
        return added;
    }

    public void addReconciled(List<ObservedEvent> events) {
        if (!events.isEmpty()) {
            reconciled.addAll(events);
            wake();
        }
    }

    /** Moves up to {@code max} events into {@code into}, waiting at most {@code waitMillis} for the first one. */
    public int drain(List<ObservedEvent> into, int max, long waitMillis) throws InterruptedException {
        int n = reconciled.drainTo(into, max);
        n += webhooks.drainTo(into, max - n);
        if (n > 0 || waitMillis <= 0) {
            return n;
        }
        synchronized (signal) {
            if (webhooks.isEmpty() && reconciled.isEmpty()) {
                TimeUnit.MILLISECONDS.timedWait(signal, waitMillis);
            }
        }
        n = reconciled.drainTo(into, max);
        return n + webhooks.drainTo(into, max - n);
    }

    public int webhookDepth() {
        return webhooks.size();
    }

    public int reconciledDepth() {
        return reconciled.size();
    }

    /** Wakes a waiting drain (on stop). */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }
}
