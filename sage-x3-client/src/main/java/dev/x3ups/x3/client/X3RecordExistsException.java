package dev.x3ups.x3.client;

/**
 * A {@code $create} refused because X3 already holds a record with that key: the caller can read the
 * record and edit it instead.
 */
public class X3RecordExistsException extends X3RejectedException {
    public X3RecordExistsException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, cause);
    }
}
