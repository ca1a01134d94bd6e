package dev.x3ups.ups.tracking.events;

/** A webhook body that is not a Track Alert event (not JSON, or without tracking number or status type). */
public final class MalformedEventException extends Exception {
    public MalformedEventException(String message) {
        super(message);
    }
}
