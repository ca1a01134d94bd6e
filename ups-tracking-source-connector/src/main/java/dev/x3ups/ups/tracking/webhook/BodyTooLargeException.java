package dev.x3ups.ups.tracking.webhook;

/** The request body passed the configured limit while it was being read. */
public final class BodyTooLargeException extends RuntimeException {
    public BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
