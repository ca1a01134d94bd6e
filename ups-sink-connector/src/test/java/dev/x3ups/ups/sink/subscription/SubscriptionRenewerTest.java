package dev.x3ups.ups.sink.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.client.alert.SubscriptionResult;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SubscriptionRenewerTest {
    private static final Instant NOW = SinkOrders.REVISION.plus(Duration.ofDays(13));
    private final ShipmentLedger ledger = new ShipmentLedger(new MemoryLedgerLog());
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(SinkOrders.REVISION, ZoneOffset.UTC));
    private final List<List<String>> calls = new ArrayList<>();
    private final SinkMetrics metrics = new SinkMetrics();
    private final SubscriptionBatcher batcher = new SubscriptionBatcher(numbers -> {
        calls.add(numbers);
        return CompletableFuture.completedFuture(new SubscriptionResult(numbers, List.of(), NOW));
    }, new SubscriptionRecorder(ledger, entries), 100, Duration.ZERO, 1, System::nanoTime, metrics);

    private SubscriptionRenewer renewer(Instant now, String ownedPrefix) {
        return new SubscriptionRenewer(ledger, batcher, key -> key.contains(ownedPrefix), Duration.ofDays(1),
                Duration.ofMinutes(1), Duration.ofDays(60), Clock.fixed(now, ZoneOffset.UTC));
    }

    private String shipped(String number, SubscriptionState state, Instant expiry) {
        Order order = SinkOrders.order(number);
        ShipmentLedgerEntry created = entries.created(order, "d", order.key(), "1Z" + number, List.of("1Z" + number),
                "03", null, null);
        ledger.write(state == SubscriptionState.NONE ? created : entries.subscribed(created, state, expiry)).join();
        return order.key();
    }

    @Test
    void renewsSubscriptionsThirteenDaysOldEvenWithoutNewOrders() {
        String due = shipped("SO1", SubscriptionState.ACTIVE, SinkOrders.REVISION.plus(Duration.ofDays(14)));
        shipped("SO2", SubscriptionState.ACTIVE, SinkOrders.REVISION.plus(Duration.ofDays(20)));
        shipped("SO3", SubscriptionState.UNAVAILABLE, null);

        renewer(NOW, "SO").run();
        batcher.flushDue();

        assertThat(calls).containsExactly(List.of("1ZSO1"));
        assertThat(ledger.get(due).orElseThrow().subscriptionExpiry()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(metrics.subscriptionRenewalsTotal()).isEqualTo(1);
    }

    @Test
    void subscribesShipmentsARestartLeftUnsubscribedAndLeavesOtherTasksShipmentsAlone() {
        shipped("SO1", SubscriptionState.NONE, null);
        shipped("XX2", SubscriptionState.NONE, null);

        renewer(SinkOrders.REVISION.plusSeconds(120), "SO").run();
        batcher.flushDue();

        assertThat(calls).containsExactly(List.of("1ZSO1"));
    }

    @Test
    void oldShipmentsAreLeftToExpireAndCountsShowWhatIsExpiring() {
        shipped("SO1", SubscriptionState.ACTIVE, SinkOrders.REVISION.plus(Duration.ofDays(14)));
        Instant muchLater = SinkOrders.REVISION.plus(Duration.ofDays(61));

        SubscriptionRenewer renewer = renewer(muchLater, "SO");
        renewer.run();
        batcher.flushDue();

        assertThat(calls).isEmpty();
        assertThat(renewer.counts()).containsExactly(1, 1);
        assertThat(renewer(SinkOrders.REVISION, "SO").counts()).containsExactly(1, 0);
    }

    @Test
    void aShipmentUpsReportedDeliveredIsNeitherRenewedNorSubscribedNorCountedAsExpiring() {
        String delivered = shipped("SO1", SubscriptionState.ACTIVE, SinkOrders.REVISION.plus(Duration.ofDays(14)));
        String unsubscribed = shipped("SO2", SubscriptionState.NONE, null);
        for (String key : List.of(delivered, unsubscribed)) {
            ledger.update(key, current -> current.map(e -> e.toBuilder()
                    .deliveredAt(SinkOrders.REVISION.plus(Duration.ofDays(2))).build())).join();
        }
        String live = shipped("SO3", SubscriptionState.ACTIVE, SinkOrders.REVISION.plus(Duration.ofDays(14)));

        SubscriptionRenewer renewer = renewer(NOW, "SO");
        renewer.run();
        batcher.flushDue();

        assertThat(calls).containsExactly(List.of("1ZSO3"));
        assertThat(ledger.get(delivered).orElseThrow().subscriptionExpiry())
                .isEqualTo(SinkOrders.REVISION.plus(Duration.ofDays(14)));
        assertThat(ledger.get(live).orElseThrow().subscriptionExpiry()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(renewer(NOW, "SO").counts()).containsExactly(2, 0);
    }
}
