package dev.x3ups.ups.sink.ledger;

/** Where an entry sits in the ledger topic; a key always lands in the same partition, so offsets order its entries. */
public record LedgerPosition(int partition, long offset) {

    public boolean isAfter(LedgerPosition other) {
        return other == null || partition != other.partition || offset > other.offset;
    }
}
