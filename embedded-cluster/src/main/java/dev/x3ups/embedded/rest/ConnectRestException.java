package dev.x3ups.embedded.rest;

/** A Connect REST call answered with a non-2xx status. */
public final class ConnectRestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ConnectRestException(int status, String message) {
        super("HTTP " + status + (message == null || message.isEmpty() ? "" : ": " + message));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
