package dev.x3ups.ups.sink.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The in-memory view of {@code ups.shipments}: order key → latest entry. Writes go through the {@link LedgerLog}
 * and become visible only once acknowledged; writes of one order are applied in the order they were asked for.
 * Entries read back from the topic never replace a newer one written here.
 */
public final class ShipmentLedger {
    private final LedgerLog log;
    private final Map<String, Positioned> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<?>> writeTails = new HashMap<>();

    public ShipmentLedger(LedgerLog log) {
        this.log = log;
    }

    public Optional<ShipmentLedgerEntry> get(String orderKey) {
        Positioned p = entries.get(orderKey);
        return p == null ? Optional.empty() : Optional.of(p.entry);
    }

    /** Writes {@code entry} and completes with it once Kafka acknowledged it. */
    public CompletableFuture<ShipmentLedgerEntry> write(ShipmentLedgerEntry entry) {
        return update(entry.orderKey(), current -> Optional.of(entry));
    }

    /**
     * Applies {@code change} to the order's latest entry (empty if none) after the order's earlier writes, and
     * writes the result unless {@code change} returns empty. Completes with the entry then current.
     */
    public CompletableFuture<ShipmentLedgerEntry> update(String orderKey,
            Function<Optional<ShipmentLedgerEntry>, Optional<ShipmentLedgerEntry>> change) {
        return afterEarlierWrites(orderKey, () -> apply(orderKey, change));
    }

    /**
     * Retires the order (docs/architecture.md, "Retirement"): after the order's earlier writes, if its entry then
     * still passes {@code stillRetirable}, a tombstone is written and the entry leaves memory once acknowledged.
     * Completes with whether the order was retired.
     */
    public CompletableFuture<Boolean> retire(String orderKey, Predicate<ShipmentLedgerEntry> stillRetirable) {
        return afterEarlierWrites(orderKey, () -> {
            Positioned current = entries.get(orderKey);
            if (current == null || !stillRetirable.test(current.entry)) {
                return CompletableFuture.completedFuture(false);
            }
            return log.tombstone(orderKey).thenApply(position -> {
                entries.computeIfPresent(orderKey, (k, p) -> position.isAfter(p.position) ? null : p);
                return true;
            });
        });
    }

    /** Runs {@code step} once the order's earlier writes (and retirements) ended, whatever their outcome. */
    private <T> CompletableFuture<T> afterEarlierWrites(String orderKey, Supplier<CompletableFuture<T>> step) {
        CompletableFuture<T> result;
        synchronized (writeTails) {
            CompletableFuture<?> previous = writeTails.getOrDefault(orderKey, CompletableFuture.completedFuture(null));
            result = previous.handle((ignored, error) -> null).thenCompose(ignored -> step.get());
            writeTails.put(orderKey, result);
        }
        result.whenComplete((value, error) -> {
            synchronized (writeTails) {
                writeTails.remove(orderKey, result);
            }
        });
        return result;
    }

    private CompletableFuture<ShipmentLedgerEntry> apply(String orderKey,
            Function<Optional<ShipmentLedgerEntry>, Optional<ShipmentLedgerEntry>> change) {
        Optional<ShipmentLedgerEntry> current = get(orderKey);
        Optional<ShipmentLedgerEntry> next = change.apply(current);
        if (next.isEmpty()) {
            return CompletableFuture.completedFuture(current.orElse(null));
        }
        ShipmentLedgerEntry entry = withHistory(current, next.get());
        return log.append(entry).thenApply(position -> {
            entries.merge(orderKey, new Positioned(entry, position), ShipmentLedger::newer);
            return entry;
        });
    }

    /**
     * Shipments voided earlier stay on the order's record: an entry built afresh (a re-ship's PENDING and CREATED)
     * inherits {@code voidedShipmentIds} from the entry it replaces.
     */
    private static ShipmentLedgerEntry withHistory(Optional<ShipmentLedgerEntry> current, ShipmentLedgerEntry next) {
        if (!next.voidedShipmentIds().isEmpty() || current.isEmpty() || current.get().voidedShipmentIds().isEmpty()) {
            return next;
        }
        return next.toBuilder().voidedShipmentIds(current.get().voidedShipmentIds()).build();
    }

    /** An entry read from the topic (null entry: a tombstone). */
    public void applyFromLog(String orderKey, ShipmentLedgerEntry entry, LedgerPosition position) {
        if (orderKey == null) {
            return;
        }
        if (entry == null) {
            entries.computeIfPresent(orderKey, (k, current) -> position.isAfter(current.position) ? null : current);
            return;
        }
        entries.merge(orderKey, new Positioned(entry, position), ShipmentLedger::newer);
    }

    /** A snapshot of every entry. */
    public List<ShipmentLedgerEntry> entries() {
        List<ShipmentLedgerEntry> all = new ArrayList<>(entries.size());
        entries.values().forEach(p -> all.add(p.entry));
        return all;
    }

    public int size() {
        return entries.size();
    }

    private static Positioned newer(Positioned current, Positioned candidate) {
        return candidate.position.isAfter(current.position) ? candidate : current;
    }

    private record Positioned(ShipmentLedgerEntry entry, LedgerPosition position) {
    }
}
