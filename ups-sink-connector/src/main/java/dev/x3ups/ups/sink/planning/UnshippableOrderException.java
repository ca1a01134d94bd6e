package dev.x3ups.ups.sink.planning;

/**
 * The order cannot be shipped as it stands (address UPS cannot represent, no weight, unknown site,
 * no service for its delivery mode). Carries a stable code and a precise reason for the X3 exception
 * flag; never retried until the order changes.
 */
public class UnshippableOrderException extends Exception {
    private final String code;

    public UnshippableOrderException(String code, String reason) {
        super(reason);
        this.code = code;
    }

    /** A stable code such as {@code ADDRESS_TOO_LONG}, {@code NO_WEIGHT}, {@code UNKNOWN_SITE}. */
    public String code() {
        return code;
    }
}
