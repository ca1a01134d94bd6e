package dev.x3ups.x3.client;

/** X3 refused the credentials or token; retrying with the same credentials will not help. */
public class X3AuthenticationException extends X3Exception {
    public X3AuthenticationException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, cause);
    }
}
