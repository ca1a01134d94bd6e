package dev.x3ups.ups.simulator.pickup;

/** Pending-status codes and messages (Pickup.yaml {@code PickupStatusMessage}). */
public enum PickupState {
    PROCESSING("012", "Your pickup request is being processed"),
    DISPATCHED("002", "Dispatched to driver"),
    COMPLETED("003", "Order successfully completed"),
    CANCELLED("007", "Cancelled");

    private final String code;
    private final String message;

    PickupState(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
