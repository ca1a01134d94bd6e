package dev.x3ups.ups.simulator.pickup;

/** An on-call pickup (booked and charged per request) or a Smart Pickup (triggered once per account and day). */
public enum PickupKind {
    ON_CALL("01"), SMART("02");

    private final String typeCode;

    PickupKind(String typeCode) {
        this.typeCode = typeCode;
    }

    /** {@code PickupType} in pending status and cancel answers. */
    public String typeCode() {
        return typeCode;
    }
}
