package dev.x3ups.ups.client;

import java.util.List;

/**
 * A non-idempotent request was sent but no usable answer came back (timeout, connection loss, gateway error):
 * UPS may have processed it. Never retried automatically.
 */
public final class UpsAmbiguousException extends UpsException {
    public UpsAmbiguousException(String message, int httpStatus, List<UpsError> errors, Throwable cause) {
        super(message, httpStatus, errors, cause);
    }
}
