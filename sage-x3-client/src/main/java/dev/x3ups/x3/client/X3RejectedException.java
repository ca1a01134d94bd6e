package dev.x3ups.x3.client;

/**
 * X3 understood the call and refused it: an error or fatal diagnosis, an unknown record or field,
 * a rejected value. Retrying the same call will not help.
 */
public class X3RejectedException extends X3Exception {
    public X3RejectedException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, cause);
    }
}
