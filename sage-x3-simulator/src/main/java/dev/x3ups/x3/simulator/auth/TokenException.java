package dev.x3ups.x3.simulator.auth;

/** An OAuth2 error answer: {@code error} code, HTTP status and a description without secrets. */
public final class TokenException extends RuntimeException {

    private final String error;
    private final int status;

    public TokenException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }
}
