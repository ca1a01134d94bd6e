package dev.x3ups.x3.simulator.data;

/** A value a field does not accept; {@code field} names it for the {@code $payloadPath} of the diagnosis. */
public final class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
