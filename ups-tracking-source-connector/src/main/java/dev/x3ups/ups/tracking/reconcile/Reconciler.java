package dev.x3ups.ups.tracking.reconcile;

import dev.x3ups.ups.tracking.events.InboundQueue;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reconciliation pass: Quantum View when it is on (configured, or Track Alert unavailable for some
 * shipment), then Track calls for up to {@code batchSize} stale packages. A pass is skipped while poll() has not
 * yet taken the previous pass's events, so reconciliation never piles up in memory.
 */
public final class Reconciler implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private static final int BACKLOG_LIMIT = 10_000;
    private final LedgerView ledger;
    private final StaleShipments stale;
    private final TrackPoller track;
    private final QuantumViewPoller quantumView;
    private final QuantumViewMode mode;
    private final Duration quantumViewInterval;
    private final InboundQueue queue;
    private final TrackingMetrics metrics;
    private final Clock clock;
    private final int batchSize;

    public Reconciler(LedgerView ledger, StaleShipments stale, TrackPoller track, QuantumViewPoller quantumView,
                      QuantumViewMode mode, Duration quantumViewInterval, InboundQueue queue,
                      TrackingMetrics metrics, Clock clock, int batchSize) {
        this.ledger = ledger;
        this.stale = stale;
        this.track = track;
        this.quantumView = quantumView;
        this.mode = mode;
        this.quantumViewInterval = quantumViewInterval;
        this.queue = queue;
        this.metrics = metrics;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Override
    public void run() {
        try {
            runOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Reconciliation pass failed, next pass retries", e);
        }
    }

    public void runOnce() throws InterruptedException {
        if (queue.reconciledDepth() > BACKLOG_LIMIT) {
            return;
        }
        metrics.reconciliation();
        boolean quantumViewOn = quantumViewOn();
        if (quantumViewOn && quantumView.due(quantumViewInterval)) {
            metrics.quantumViewPoll();
            queue.addReconciled(quantumView.poll());
        }
        List<String> due = stale.due(ledger.liveShipments(), clock.instant(), quantumViewOn);
        metrics.staleShipments(due.size());
        List<String> batch = StaleShipments.batch(due, track.cursor(), batchSize);
        if (!batch.isEmpty()) {
            batch.forEach(tn -> metrics.trackCall());
            queue.addReconciled(track.poll(batch));
        }
    }

    boolean quantumViewOn() {
        return quantumView != null && (mode == QuantumViewMode.ALWAYS
                || mode == QuantumViewMode.AUTO && ledger.anyTrackAlertUnavailable());
    }
}
