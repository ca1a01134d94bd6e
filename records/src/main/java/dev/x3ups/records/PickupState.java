package dev.x3ups.records;

/** Where one site's pickup of one day stands on {@code ups.pickups}. */
public enum PickupState {
    /** About to be asked of UPS: an answer may be lost, so the next attempt looks for it before asking again. */
    PENDING,
    /** UPS holds the pickup; its PRN is known. */
    BOOKED,
    /** UPS refused it; the record carries UPS's reason. Not asked again that day. */
    FAILED,
    /** Booked, then cancelled by PRN because the day's packages were all voided. */
    CANCELLED
}
