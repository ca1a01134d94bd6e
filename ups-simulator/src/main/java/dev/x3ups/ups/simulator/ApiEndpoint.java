package dev.x3ups.ups.simulator;

/** The UPS operations the simulator serves; faults and counters are kept per endpoint. */
public enum ApiEndpoint {
    TOKEN, SHIP, VOID, LABEL_RECOVERY, RATE, TRACK, TRACK_REFERENCE, TRACK_ALERT, QUANTUM_VIEW, ADDRESS_VALIDATION,
    /** Pickup creation: on-call bookings and Smart Pickup triggers. */
    PICKUP, PICKUP_RATE, PICKUP_STATUS, PICKUP_CANCEL
}
