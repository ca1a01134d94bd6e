package dev.x3ups.ups.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.connect.schedule.Scheduler;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.client.alert.SubscriptionResult;
import dev.x3ups.ups.sink.aftership.UnusedLabelSweep;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.subscription.SubscriptionBatcher;
import dev.x3ups.ups.sink.subscription.SubscriptionRecorder;
import dev.x3ups.ups.sink.subscription.SubscriptionRenewer;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BackgroundJobsTest {
    private static final Instant NOW = SinkOrders.REVISION.plus(Duration.ofDays(13));
    private final AtomicLong nanos = new AtomicLong();
    private final Scheduler scheduler = Scheduler.manual("jobs-test", nanos::get);
    private final ShipmentLedger ledger = new ShipmentLedger(new MemoryLedgerLog());
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(SinkOrders.REVISION, ZoneOffset.UTC));
    private final List<List<String>> calls = new ArrayList<>();
    private final SubscriptionBatcher batcher = new SubscriptionBatcher(numbers -> {
        calls.add(numbers);
        return CompletableFuture.completedFuture(new SubscriptionResult(numbers, List.of(), NOW));
    }, new SubscriptionRecorder(ledger, entries), 100, Duration.ofSeconds(5), 1, nanos::get, new SinkMetrics());
    private final SubscriptionRenewer renewer = new SubscriptionRenewer(ledger, batcher, key -> true,
            Duration.ofDays(1), Duration.ofMinutes(1), Duration.ofDays(60), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void renewalRunsEveryCheckIntervalWithoutOrdersAndItsNumbersLeaveWithTheNextFlush() {
        Order order = SinkOrders.order("SO1");
        ShipmentLedgerEntry created = entries.created(order, "d", order.key(), "1ZSO1", List.of("1ZSO1"), "03",
                null, null);
        ledger.write(entries.subscribed(created, SubscriptionState.ACTIVE, SinkOrders.REVISION.plus(Duration.ofDays(14))))
                .join();
        Map<String, String> props = SinkOrders.config();
        props.put(UpsSinkConfig.SUBSCRIPTION_RENEW_CHECK_MS_CONFIG, "60000");
        props.put(UpsSinkConfig.SUBSCRIPTION_FLUSH_MS_CONFIG, "5000");

        BackgroundJobs.start(scheduler, new UpsSinkConfig(props), batcher, renewer);
        runFor(Duration.ofSeconds(59));
        assertThat(batcher.waiting(order.key())).isFalse();
        runFor(Duration.ofSeconds(2));
        assertThat(batcher.waiting(order.key())).isTrue();
        assertThat(calls).isEmpty();
        runFor(Duration.ofSeconds(5));

        assertThat(calls).containsExactly(List.of("1ZSO1"));
        assertThat(ledger.get(order.key()).orElseThrow().subscriptionExpiry()).isEqualTo(NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void noJobsWhenSubscriptionsAreOff() {
        BackgroundJobs.start(scheduler, new UpsSinkConfig(SinkOrders.config()), null, null);

        runFor(Duration.ofHours(1));

        assertThat(scheduler.runDue()).isZero();
    }

    @Test
    void theUnusedLabelSweepRunsEveryIntervalWhenGiven() {
        SinkMetrics metrics = new SinkMetrics();
        Map<String, String> props = SinkOrders.config();
        props.put(UpsSinkConfig.UNUSED_LABEL_SWEEP_INTERVAL_MS_CONFIG, "600000");
        UnusedLabelSweep sweep = new UnusedLabelSweep(ledger, key -> true, null, Duration.ofDays(3),
                Duration.ofDays(28), metrics, Clock.fixed(NOW, ZoneOffset.UTC));

        BackgroundJobs.start(scheduler, new UpsSinkConfig(props), null, null, sweep);
        runFor(Duration.ofMinutes(9));
        assertThat(metrics.sweepsTotal()).isZero();
        runFor(Duration.ofMinutes(2));

        assertThat(metrics.sweepsTotal()).isEqualTo(1);
    }

    @Test
    void theFlushTickIsAQuarterOfTheFlushIntervalWithinBounds() {
        assertThat(BackgroundJobs.flushTick(Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(1000));
        assertThat(BackgroundJobs.flushTick(Duration.ofMillis(400))).isEqualTo(Duration.ofMillis(100));
        assertThat(BackgroundJobs.flushTick(Duration.ofMillis(1))).isEqualTo(Duration.ofMillis(50));
    }

    private void runFor(Duration time) {
        for (long ms = 0; ms < time.toMillis(); ms += 250) {
            nanos.addAndGet(Duration.ofMillis(250).toNanos());
            scheduler.runDue();
        }
    }
}
