package dev.x3ups.ups.tracking.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.client.quantumview.QuantumViewBatch;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent.Kind;
import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.client.track.TrackedShipment;
import dev.x3ups.ups.tracking.events.InboundQueue;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.ledger.LedgerFixtures;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private final Clock clock = Clock.systemUTC();
    private final LedgerView ledger = new LedgerView();
    private final PackageWatch watch = new PackageWatch(clock);
    private final InboundQueue queue = new InboundQueue(10);
    private final TrackingMetrics metrics = new TrackingMetrics();
    private final List<String> tracked = new ArrayList<>();
    private final AtomicInteger quantumViewPolls = new AtomicInteger();

    private Reconciler reconciler(QuantumViewMode mode) {
        TrackPoller track = new TrackPoller(tn -> {
            tracked.add(tn);
            return CompletableFuture.completedFuture(new TrackResult(List.of(new TrackedShipment(tn, List.of(),
                    List.of(TrackEventMapperTest.pkg(tn,
                            TrackEventMapperTest.activity("20261124", "150000", "D", "FS", "Delivered")))))));
        }, watch, Duration.ofSeconds(1), System::nanoTime, null);
        QuantumViewPoller quantumView = new QuantumViewPoller((q, bookmark) -> {
            quantumViewPolls.incrementAndGet();
            return CompletableFuture.completedFuture(new QuantumViewBatch("S", List.of(
                    QuantumViewEventMapperTest.qv(Kind.DELIVERY, "1ZU", "150000", null, null)), 1, null));
        }, "OutboundXML", Duration.ofSeconds(1), clock, System::nanoTime, null, null);
        return new Reconciler(ledger, new StaleShipments(watch, Duration.ofHours(6), Duration.ZERO), track,
                quantumView, mode, Duration.ZERO, queue, metrics, clock, 10);
    }

    private List<ObservedEvent> drained() throws InterruptedException {
        List<ObservedEvent> out = new ArrayList<>();
        queue.drain(out, 100, 0);
        return out;
    }

    @Test
    void tracksStalePackagesOnly() throws Exception {
        Instant old = Instant.now().minus(Duration.ofHours(7));
        ledger.apply("K1", LedgerFixtures.entry("K1", ShipmentState.CREATED, SubscriptionState.ACTIVE, old, "1ZA"));
        ledger.apply("K2", LedgerFixtures.entry("K2", ShipmentState.CREATED, SubscriptionState.ACTIVE,
                Instant.now(), "1ZB"));
        reconciler(QuantumViewMode.AUTO).runOnce();
        assertThat(tracked).containsExactly("1ZA");
        assertThat(quantumViewPolls).hasValue(0);
        assertThat(drained()).extracting(e -> e.event().trackingNumber()).containsExactly("1ZA");
        assertThat(metrics.staleShipments()).isEqualTo(1);
        assertThat(metrics.trackCallsTotal()).isEqualTo(1);
    }

    @Test
    void quantumViewTakesOverWhenTrackAlertIsUnavailable() throws Exception {
        ledger.apply("K1", LedgerFixtures.entry("K1", ShipmentState.CREATED, SubscriptionState.UNAVAILABLE,
                Instant.now(), "1ZU"));
        Reconciler reconciler = reconciler(QuantumViewMode.AUTO);
        assertThat(reconciler.quantumViewOn()).isTrue();
        reconciler.runOnce();
        assertThat(quantumViewPolls).hasValue(1);
        assertThat(tracked).as("Quantum View covers them, no Track polling").isEmpty();
        assertThat(drained()).singleElement().satisfies(e -> assertThat(e.event().statusType()).isEqualTo("D"));
        assertThat(reconciler(QuantumViewMode.NEVER).quantumViewOn()).isFalse();
    }

    @Test
    void withoutQuantumViewUnavailablePackagesAreTracked() throws Exception {
        ledger.apply("K1", LedgerFixtures.entry("K1", ShipmentState.CREATED, SubscriptionState.UNAVAILABLE,
                Instant.now(), "1ZU"));
        reconciler(QuantumViewMode.NEVER).runOnce();
        assertThat(tracked).containsExactly("1ZU");
    }
}
