package dev.x3ups.x3.simulator.api1;

/** A where clause (or orderBy, key) that does not parse. */
public final class WhereSyntaxException extends RuntimeException {

    public WhereSyntaxException(String message) {
        super(message);
    }
}
