package dev.x3ups.x3.simulator.writeback;

/** A create for a key that already has a record. */
public final class WriteBackConflictException extends RuntimeException {

    public WriteBackConflictException(String message) {
        super(message);
    }
}
