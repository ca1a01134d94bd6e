package dev.x3ups.ups.sink.ledger;

/** Kafka did not acknowledge a ledger entry: the order's state is unknown to the ledger, so it must not be committed. */
public final class LedgerWriteException extends RuntimeException {
    public LedgerWriteException(String orderKey, Throwable cause) {
        super("ledger entry of order " + orderKey + " was not acknowledged: " + cause.getMessage(), cause);
    }
}
