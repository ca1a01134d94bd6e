package dev.x3ups.quickstart.summary;

/** Where an order of the run ended, as X3 shows it. */
public enum OrderOutcome {
    /** X3 holds carrier status D (delivered). */
    DELIVERED,
    /** X3 holds the exception flag with a reason, and nothing more will come (failed shipment or return). */
    FLAGGED,
    /** X3 holds the exception flag of an address UPS finds ambiguous or unknown; it waits for a correction. */
    HELD,
    /** Neither yet: still travelling, or lost if the run is over. */
    OPEN
}
