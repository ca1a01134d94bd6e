package dev.x3ups.benchmarks.harness;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Follows the UPS sink's ledger and notes, per order key, when it was first seen final (CREATED or FAILED) and
 * whether its Track Alert subscription is active. Times are this process's {@link System#nanoTime()}, so they
 * compare with the moments the benchmark created orders or sent events.
 */
public final class LedgerWatch implements AutoCloseable {

    private final Map<String, Long> finalAt = new ConcurrentHashMap<>();
    private final Map<String, Shipped> latest = new ConcurrentHashMap<>();
    private final TopicTail tail;

    public LedgerWatch(String bootstrapServers, String ledgerTopic) {
        this(bootstrapServers, ledgerTopic, new RecordCodec(), System::nanoTime);
    }

    LedgerWatch(String bootstrapServers, String ledgerTopic, RecordCodec codec, LongSupplier clock) {
        tail = new TopicTail(bootstrapServers, ledgerTopic, r -> {
            if (r.value() != null) { // a tombstone carries nothing to watch
                accept(codec.ledgerEntry(ledgerTopic, r.value()), clock.getAsLong());
            }
        });
    }

    /** For unit tests: a watch fed by hand. */
    LedgerWatch() {
        tail = null;
    }

    /**
     * What the benchmark needs of a ledger entry; kept small because the watch lives in the JVM whose heap the
     * scaling scenario measures.
     */
    public record Shipped(ShipmentState state, SubscriptionState subscription, String trackingNumber) {
    }

    void accept(ShipmentLedgerEntry entry, long nanos) {
        latest.put(entry.orderKey(), new Shipped(entry.state(), entry.subscriptionState(),
                entry.trackingNumbers().isEmpty() ? null : entry.trackingNumbers().get(0)));
        if (entry.state() == ShipmentState.CREATED || entry.state() == ShipmentState.FAILED) {
            finalAt.putIfAbsent(entry.orderKey(), nanos);
        }
    }

    public int finalCount() {
        return finalAt.size();
    }

    public long createdCount() {
        return latest.values().stream().filter(e -> e.state() == ShipmentState.CREATED).count();
    }

    public long subscribedCount() {
        return latest.values().stream().filter(e -> e.subscription() == SubscriptionState.ACTIVE).count();
    }

    /** When each order was first seen final, in nanoTime. */
    public Map<String, Long> finalTimes() {
        return Map.copyOf(finalAt);
    }

    public Map<String, Shipped> entries() {
        return Map.copyOf(latest);
    }

    @Override
    public void close() {
        if (tail != null) {
            tail.close();
        }
    }
}
