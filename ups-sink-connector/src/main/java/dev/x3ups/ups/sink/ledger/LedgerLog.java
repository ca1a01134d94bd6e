package dev.x3ups.ups.sink.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import java.util.concurrent.CompletableFuture;

/** The durable side of the ledger: appends an entry and completes once it is acknowledged. */
public interface LedgerLog extends AutoCloseable {

    /** Completes with where the entry landed once every in-sync replica has it. */
    CompletableFuture<LedgerPosition> append(ShipmentLedgerEntry entry);

    /**
     * Appends a tombstone (no value) for the order: the order is retired, and compaction removes its records.
     * Completes with where it landed once every in-sync replica has it.
     */
    CompletableFuture<LedgerPosition> tombstone(String orderKey);

    @Override
    void close();
}
