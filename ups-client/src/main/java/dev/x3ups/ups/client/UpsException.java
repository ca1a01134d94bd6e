package dev.x3ups.ups.client;

import java.util.List;

/** Base of every failure the UPS client reports. Messages never carry credentials or tokens. */
public abstract class UpsException extends RuntimeException {
    private final int httpStatus;
    private final List<UpsError> errors;

    protected UpsException(String message, int httpStatus, List<UpsError> errors, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errors = List.copyOf(errors);
    }

    /** HTTP status UPS answered, or 0 when no answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    public List<UpsError> errors() {
        return errors;
    }

    /** The first UPS error code, or {@code null}. */
    public String code() {
        return errors.isEmpty() ? null : errors.get(0).code();
    }
}
