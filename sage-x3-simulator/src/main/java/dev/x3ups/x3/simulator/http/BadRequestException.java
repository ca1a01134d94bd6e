package dev.x3ups.x3.simulator.http;

/** A request the simulator cannot make sense of (malformed body, missing parameter). */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
