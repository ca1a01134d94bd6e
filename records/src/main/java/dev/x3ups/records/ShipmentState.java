package dev.x3ups.records;

/** Where an order stands in the UPS sink's ledger ({@code ups.shipments}). */
public enum ShipmentState {
    /** A ship call is about to be or has been sent; its outcome is not yet known. */
    PENDING,
    /** UPS created the shipment; shipment id and tracking numbers are known. */
    CREATED,
    /** The order cannot be shipped (bad address, no weight, ...); the reason is recorded. */
    FAILED,
    /** The shipment was voided (a duplicate found by reconciliation, or cancelled). */
    VOIDED,
    /** Not shipped: the address check found the address ambiguous or unknown; UPS's candidates are in the reason.
     *  A corrected order (new content digest) ships. */
    HELD;

    /** Final states let the sink commit the order's offset. */
    public boolean isFinal() {
        return this != PENDING;
    }
}
