package dev.x3ups.ups.client;

import java.util.List;

/**
 * UPS stayed unavailable (429, 5xx, network) until the retry deadline, or the client refused to call it.
 * The request was not processed; it may be tried again later.
 */
public final class UpsUnavailableException extends UpsException {
    public UpsUnavailableException(String message, int httpStatus, List<UpsError> errors, Throwable cause) {
        super(message, httpStatus, errors, cause);
    }
}
