package dev.x3ups.ups.sink.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.alert.SubscriptionResult;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubscriptionBatcherTest {
    private static final Instant SUBSCRIBED = Instant.parse("2026-11-27T12:00:00Z");
    private final ShipmentLedger ledger = new ShipmentLedger(new MemoryLedgerLog());
    private final LedgerEntries entries = new LedgerEntries(Clock.systemUTC());
    private final SinkMetrics metrics = new SinkMetrics();
    private final AtomicLong nanos = new AtomicLong();
    private final List<List<String>> calls = new ArrayList<>();
    private Function<List<String>, CompletableFuture<SubscriptionResult>> ups =
            numbers -> CompletableFuture.completedFuture(new SubscriptionResult(numbers, List.of(), SUBSCRIBED));

    private SubscriptionBatcher batcher(int size) {
        return new SubscriptionBatcher(numbers -> {
            calls.add(numbers);
            return ups.apply(numbers);
        }, new SubscriptionRecorder(ledger, entries), size, Duration.ofSeconds(5), 2, nanos::get, metrics);
    }

    private String shipped(String number, String... trackingNumbers) {
        Order order = SinkOrders.order(number);
        ledger.write(entries.created(order, "d", order.key(), trackingNumbers[0], List.of(trackingNumbers), "03",
                null, null)).join();
        return order.key();
    }

    private ShipmentLedgerEntry entry(String key) {
        return ledger.get(key).orElseThrow();
    }

    @Test
    void twoHundredAndFiftyNumbersGoOutInThreeCalls() {
        SubscriptionBatcher batcher = batcher(100);
        List<String> keys = IntStream.range(0, 250).mapToObj(i -> shipped("SO" + i, "1Z" + i)).toList();
        keys.forEach(k -> batcher.enqueue(k, entry(k).trackingNumbers(), false));

        assertThat(calls).hasSize(2).allSatisfy(c -> assertThat(c).hasSize(100));
        batcher.flushDue();
        assertThat(calls).hasSize(2);

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        batcher.flushDue();
        assertThat(calls).hasSize(3);
        assertThat(calls.get(2)).hasSize(50);
        assertThat(keys).allSatisfy(k -> {
            assertThat(entry(k).subscriptionState()).isEqualTo(SubscriptionState.ACTIVE);
            assertThat(entry(k).subscriptionExpiry()).isEqualTo(SUBSCRIBED.plus(Duration.ofDays(14)));
        });
        assertThat(metrics.subscriptionCallsTotal()).isEqualTo(3);
    }

    @Test
    void refusedNumbersAreTriedAgainThenRecordedFailed() {
        Set<String> refused = new HashSet<>(List.of("1ZBAD"));
        ups = numbers -> CompletableFuture.completedFuture(new SubscriptionResult(
                numbers.stream().filter(n -> !refused.contains(n)).toList(),
                numbers.stream().filter(refused::contains).toList(), SUBSCRIBED));
        SubscriptionBatcher batcher = batcher(2);
        String good = shipped("SO1", "1ZGOOD");
        String bad = shipped("SO2", "1ZBAD", "1ZBAD2");

        batcher.enqueue(good, List.of("1ZGOOD"), false);
        batcher.enqueue(bad, List.of("1ZBAD", "1ZBAD2"), false);
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        batcher.flushDue();

        assertThat(calls).containsExactly(List.of("1ZGOOD", "1ZBAD"), List.of("1ZBAD2", "1ZBAD"));
        assertThat(entry(good).subscriptionState()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(entry(bad).subscriptionState()).isEqualTo(SubscriptionState.FAILED);
        assertThat(entry(bad).subscriptionExpiry()).isNull();
        assertThat(batcher.waiting(bad)).isFalse();
    }

    @Test
    void trackAlertUnavailableForTheAccountIsRecordedAsSuch() {
        ups = numbers -> CompletableFuture.failedFuture(new UpsRejectedException("track alert subscribe", 400,
                List.of(new UpsError("VSS000", "Track Alert is not available for this account")), null));
        SubscriptionBatcher batcher = batcher(1);
        String key = shipped("SO1", "1Z1");

        batcher.enqueue(key, List.of("1Z1"), false);

        assertThat(entry(key).subscriptionState()).isEqualTo(SubscriptionState.UNAVAILABLE);
        assertThat(calls).hasSize(1);
    }

    @Test
    void aFailedCallIsRetriedUpToTheAttempts() {
        ups = numbers -> CompletableFuture.failedFuture(new UpsUnavailableException("503", 503, List.of(), null));
        SubscriptionBatcher batcher = batcher(1);
        String key = shipped("SO1", "1Z1");

        batcher.enqueue(key, List.of("1Z1"), false);

        assertThat(calls).hasSize(2);
        assertThat(entry(key).subscriptionState()).isEqualTo(SubscriptionState.FAILED);
    }

    @Test
    void anOrderAlreadyWaitingIsNotQueuedTwiceAndBatchesAreCapped() {
        SubscriptionBatcher batcher = batcher(100);
        batcher.enqueue("K", List.of("1Z1"), false);
        batcher.enqueue("K", List.of("1Z1"), true);
        assertThat(batcher.waiting("K")).isTrue();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        batcher.flushDue();
        assertThat(calls).containsExactly(List.of("1Z1"));
        assertThatThrownBy(() -> batcher(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
