package dev.x3ups.ups.sink.shipping;

/** What the errant-record reporter receives for an order that could not be shipped: the code and the reason. */
public final class OrderProblemException extends RuntimeException {
    private final String code;

    public OrderProblemException(String orderKey, String code, String message) {
        super("order " + orderKey + " not shipped: " + code + " " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
