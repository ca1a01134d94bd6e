package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.client.ship.Money;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.VoidResult;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Re-ships after lost answers: bounded per order, spaced by a doubling backoff, counted across restarts. */
class BoundedReshipTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(NOW, ZoneOffset.UTC));
    private final SinkMetrics metrics = new SinkMetrics();
    private final ManualDelays delays = new ManualDelays();
    private final Queue<ShipOutcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<String> shipped = new CopyOnWriteArrayList<>();
    private final List<String> searched = new CopyOnWriteArrayList<>();
    private volatile List<String> atUps = List.of();
    private final ReshipPolicy policy = new ReshipPolicy(2, Duration.ofSeconds(10), Duration.ofSeconds(40));

    private OrderShipper shipper() {
        Reconciler reconciler = new Reconciler((reference, account) -> {
            searched.add(reference);
            return CompletableFuture.completedFuture(atUps);
        }, id -> CompletableFuture.completedFuture(new VoidResult("1", "Voided", Map.of())), delays, 2, INTERVAL,
                metrics, LabelSink.NONE, policy);
        return new OrderShipper(ledger, entries, order -> CompletableFuture.completedFuture(SinkOrders.plan(order, 1)),
                spec -> {
                    shipped.add(spec.customerContext());
                    ShipOutcome next = outcomes.poll();
                    return CompletableFuture.completedFuture(next != null ? next : new ShipOutcome.Ambiguous("lost"));
                }, reconciler, metrics, entry -> { }, System::nanoTime);
    }

    /** Lets the waits run out, round after round, until nothing waits or the work is done. */
    private void elapseUntil(CompletableFuture<?> work, int rounds) {
        for (int i = 0; i < rounds && !work.isDone() && delays.elapse() > 0; i++) {
            // each round ends the waits asked for in the previous one
        }
    }

    private ShipmentLedgerEntry entry(Order order) {
        return ledger.get(order.key()).orElseThrow();
    }

    @Test
    void answersLostEveryTimeStopAfterTheLastReshipWithBackoffsDoubling() {
        Order order = SinkOrders.order("SO1");

        CompletableFuture<OrderResult> result = shipper().process(order);
        elapseUntil(result, 30);

        assertThat(shipped).hasSize(3);
        assertThat(result).isNotDone();
        assertThat(metrics.stuckOrders()).isEqualTo(1);
        assertThat(metrics.reshipsTotal()).isEqualTo(2);
        assertThat(entry(order).state()).isEqualTo(ShipmentState.PENDING);
        assertThat(entry(order).shipAttempts()).isEqualTo(3);
        // backoff, then the checks' interval; doubled per ship call and capped; the stuck order's look-ups at the cap
        assertThat(delays.asked()).startsWith(Duration.ofSeconds(10), INTERVAL, Duration.ofSeconds(20), INTERVAL,
                Duration.ofSeconds(40), INTERVAL, Duration.ofSeconds(40), Duration.ofSeconds(40));
        assertThat(delays.pending()).isEqualTo(1); // one wait at a time: nothing spins
    }

    @Test
    void aStuckOrderIsRecordedOnceUpsShowsItsShipmentLate() {
        Order order = SinkOrders.order("SO1");
        CompletableFuture<OrderResult> result = shipper().process(order);
        elapseUntil(result, 30);
        int lookUps = searched.size();

        atUps = List.of("1ZLATE0000000001");
        elapseUntil(result, 2);

        assertThat(result.join().kind()).isEqualTo(OrderResult.Kind.RECONCILED);
        assertThat(searched).hasSize(lookUps + 1);
        assertThat(shipped).hasSize(3);
        assertThat(metrics.stuckOrders()).isZero();
        assertThat(entry(order).shipmentId()).isEqualTo("1ZLATE0000000001");
        assertThat(entry(order).reconciledAt()).isEqualTo(NOW);
        assertThat(entry(order).shipAttempts()).isEqualTo(3);
    }

    @Test
    void theCountSurvivesARestartSoAnOrderOutOfReshipsIsNotShippedAgain() throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03").toBuilder().shipAttempts(3)
                .build()).get();

        CompletableFuture<OrderResult> result = shipper().process(SinkOrders.revised(order));
        elapseUntil(result, 10);

        assertThat(shipped).isEmpty();
        assertThat(result).isNotDone();
        assertThat(metrics.stuckOrders()).isEqualTo(1);
    }

    @Test
    void aRestartWithReshipsLeftShipsOnceMoreAndCountsIt() throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03").toBuilder().shipAttempts(2)
                .build()).get();
        outcomes.add(created("1ZNEW0000000001"));

        OrderResult result = elapsed(shipper().process(SinkOrders.revised(order)));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(shipped).hasSize(1);
        assertThat(entry(order).shipAttempts()).isEqualTo(3);
        assertThat(entry(order).reconciledAt()).as("audited for a late twin").isEqualTo(NOW);
        assertThat(log.states(order.key())).containsExactly("PENDING", "PENDING", "CREATED");
    }

    @Test
    void aPendingRecordedLongAgoIsLookedUpWithoutWaitingTheBackoffAgain() throws Exception {
        Order order = SinkOrders.order("SO1");
        LedgerEntries anHourAgo = new LedgerEntries(Clock.fixed(NOW.minus(Duration.ofHours(1)), ZoneOffset.UTC));
        ledger.write(anHourAgo.pending(order, OrderDigest.of(order), order.key(), "03")).get();
        atUps = List.of("1ZFOUND000000001");

        OrderResult result = shipper().process(SinkOrders.revised(order)).get();

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.RECONCILED);
        assertThat(delays.asked()).isEmpty();
        assertThat(entry(order).reconciledAt()).isEqualTo(NOW);
    }

    @Test
    void anOrderShippedWithoutTroubleIsNotMarkedForTheAudit() throws Exception {
        Order order = SinkOrders.order("SO1");
        outcomes.add(created("1ZOK00000000001"));

        shipper().process(order).get();

        assertThat(entry(order).reconciledAt()).isNull();
        assertThat(delays.asked()).isEmpty();
    }

    private OrderResult elapsed(CompletableFuture<OrderResult> work) {
        elapseUntil(work, 30);
        return work.join();
    }

    private static ShipOutcome.Created created(String id) {
        return new ShipOutcome.Created(id, List.of(id), new Money("USD", new BigDecimal("12.40")),
                new Money("USD", new BigDecimal("10.10")), null, List.of(), List.of());
    }
}
