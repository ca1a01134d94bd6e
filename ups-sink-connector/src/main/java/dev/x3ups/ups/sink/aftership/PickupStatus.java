package dev.x3ups.ups.sink.aftership;

/** Where a shipment stands with UPS as far as voiding it goes. */
public enum PickupStatus {
    /** Label created, no scan by UPS yet: it can still be voided. */
    NOT_PICKED_UP,
    /** UPS scanned a package (pickup, transit, delivery...): too late to void. */
    PICKED_UP,
    /** UPS already shows the manifest voided (MV). */
    VOIDED
}
