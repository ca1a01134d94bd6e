package dev.x3ups.ups.sink.support;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.sink.ledger.LedgerLog;
import dev.x3ups.ups.sink.ledger.LedgerPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A ledger log in memory: one partition, every append acknowledged unless told to fail. */
public final class MemoryLedgerLog implements LedgerLog {
    private final List<ShipmentLedgerEntry> appended = new ArrayList<>();
    private final List<String> tombstoned = new ArrayList<>();
    private long nextOffset;
    private volatile RuntimeException failure;

    @Override
    public synchronized CompletableFuture<LedgerPosition> append(ShipmentLedgerEntry entry) {
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        appended.add(entry);
        return CompletableFuture.completedFuture(new LedgerPosition(0, nextOffset++));
    }

    @Override
    public synchronized CompletableFuture<LedgerPosition> tombstone(String orderKey) {
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        tombstoned.add(orderKey);
        return CompletableFuture.completedFuture(new LedgerPosition(0, nextOffset++));
    }

    /** The order keys tombstoned, in order. */
    public synchronized List<String> tombstoned() {
        return List.copyOf(tombstoned);
    }

    public void failWith(RuntimeException error) {
        this.failure = error;
    }

    public synchronized List<ShipmentLedgerEntry> appended() {
        return List.copyOf(appended);
    }

    /** The states written for one order, in order. */
    public synchronized List<String> states(String orderKey) {
        return appended.stream().filter(e -> e.orderKey().equals(orderKey)).map(e -> e.state().name()).toList();
    }

    @Override
    public void close() {
    }
}
