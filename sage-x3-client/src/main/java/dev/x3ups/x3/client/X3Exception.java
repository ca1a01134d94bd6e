package dev.x3ups.x3.client;

/**
 * A failed X3 call, carrying X3's own message (from {@code $diagnoses} or GraphQL {@code errors})
 * and never a credential or token.
 */
public class X3Exception extends Exception {
    private final int httpStatus;

    public X3Exception(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** HTTP status of the failed call, or 0 when none was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether the same call may succeed if retried later. */
    public boolean isRetriable() {
        return false;
    }
}
