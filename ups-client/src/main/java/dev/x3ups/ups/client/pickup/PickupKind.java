package dev.x3ups.ups.client.pickup;

/** Which pickups a rating or pending-status call is about: UPS's {@code {pickuptype}} path value. */
public enum PickupKind {
    ON_CALL("oncall"), SMART("smart"), BOTH("both");

    private final String pathValue;

    PickupKind(String pathValue) {
        this.pathValue = pathValue;
    }

    public String pathValue() {
        return pathValue;
    }
}
