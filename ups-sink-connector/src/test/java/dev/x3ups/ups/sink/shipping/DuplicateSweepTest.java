package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.connect.schedule.Scheduler;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.ship.ReferenceCount;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The duplicate sweep end to end against the UPS simulator: the ship call times out after UPS created the shipment,
 * the reference search lags (misses for every reconciliation check, as Track by reference can: ups-api.md §12), so
 * the order is shipped again — then the sweep finds both shipments and voids the one not recorded.
 */
class DuplicateSweepTest {
    private static final int CHECKS = 2;
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final SinkMetrics metrics = new SinkMetrics();
    private final AtomicInteger shipCalls = new AtomicInteger();
    private final AtomicInteger searches = new AtomicInteger();
    private Scheduler scheduler;
    private UpsSimulator sim;
    private UpsClients ups;

    @BeforeEach
    void start() {
        sim = UpsSimulator.builder().port(0).accountNumber(SinkOrders.ACCOUNT).start();
        UpsClientConfig config = UpsClientConfig.builder().baseUrl(sim.baseUrl()).clientId("sim-client-id")
                .clientSecret("sim-client-secret").readTimeout(Duration.ofMillis(500))
                .callTimeout(Duration.ofSeconds(1)).build();
        ups = UpsClients.create(config, TokenManagerRegistry.unshared(config));
        scheduler = Scheduler.start("sweep-test");
    }

    @AfterEach
    void stop() {
        scheduler.close();
        ups.close();
        sim.close();
    }

    /** The production chain (Track, then Label Recovery) behind an index that has not caught up yet. */
    private ReferenceSearch laggingSearch(int misses) {
        ReferenceSearch production = new FallbackSearch(List.of(new TrackReferenceSearch(ups.track()),
                new LabelRecoverySearch(ups.labelRecovery()::byReference)));
        return (reference, shipper) -> searches.incrementAndGet() <= misses
                ? CompletableFuture.completedFuture(List.of())
                : production.trackingNumbers(reference, shipper);
    }

    /** The first ship call is answered by nobody after the simulator created the shipment. */
    private Shipper firstAnswerLost() {
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING,
                Duration.ofSeconds(3)));
        return spec -> {
            CompletableFuture<ShipOutcome> outcome = ups.ship().ship(spec);
            return shipCalls.incrementAndGet() == 1
                    ? outcome.whenComplete((o, e) -> sim.faults().clear(ApiEndpoint.SHIP))
                    : outcome;
        };
    }

    @Test
    void aShipmentTheSearchMissedIsVoidedAfterTheOrderShipsAgain() throws Exception {
        Order order = SinkOrders.order("SWEEP1");
        Reconciler reconciler = new Reconciler(laggingSearch(CHECKS), ups.voids()::voidShipment,
                Delays.on(scheduler), CHECKS, Duration.ofMillis(50), metrics);
        OrderShipper shipper = new OrderShipper(ledger, new LedgerEntries(Clock.systemUTC()),
                o -> CompletableFuture.completedFuture(SinkOrders.plan(o, 1)), firstAnswerLost(), reconciler,
                metrics, entry -> { }, System::nanoTime);

        OrderResult result = shipper.process(order).get(30, TimeUnit.SECONDS);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(shipCalls).hasValue(2);
        assertThat(metrics.ambiguousTotal()).isEqualTo(1);
        assertThat(searches).as("every check missed, then the sweep looked once more").hasValue(CHECKS + 1);
        assertThat(sim.shipments().createdPerReference()).containsEntry(order.key(), new ReferenceCount(2, 1));
        assertThat(metrics.voidedDuplicatesTotal()).isEqualTo(1);
        ShipmentLedgerEntry recorded = ledger.get(order.key()).orElseThrow();
        // the re-ship is counted on a second PENDING before it is sent
        assertThat(log.states(order.key())).containsExactly("PENDING", "PENDING", "CREATED");
        assertThat(recorded.shipAttempts()).isEqualTo(2);
        assertThat(recorded.reconciledAt()).as("audited for a late twin").isNotNull();
        assertThat(sim.shipments().byReference(order.key()))
                .filteredOn(s -> s.live()).singleElement()
                .satisfies(live -> assertThat(live.id()).isEqualTo(recorded.shipmentId()));
    }
}
