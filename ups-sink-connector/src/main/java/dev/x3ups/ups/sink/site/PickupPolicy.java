package dev.x3ups.ups.sink.site;

/** How a site's packages get picked up (docs/architecture.md, "Pickups"). */
public enum PickupPolicy {
    /** A scheduled pickup is set up on the UPS account (no API creates one): nothing to do. */
    NONE,
    /** UPS Smart Pickup: trigger it once per business day, when the day's first package is created. */
    SMART,
    /** Book one on-call pickup per business day, at a set time before the cutoff, with the day's packages. */
    ON_CALL
}
