package dev.x3ups.x3.client;

/** 5xx, timeout, throttling or a {@code Transient} diagnosis: retry later with backoff. */
public class X3TransientException extends X3Exception {
    public X3TransientException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, cause);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
