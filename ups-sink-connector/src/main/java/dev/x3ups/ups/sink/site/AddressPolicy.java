package dev.x3ups.ups.sink.site;

/**
 * What the UPS sink does with a ship-to address before shipping it (docs/architecture.md, "Address checks").
 * UPS checks streets only in the US and Puerto Rico: other destinations pass through under every policy.
 */
public enum AddressPolicy {
    /** Ship what X3 holds, its residential flag included. */
    OFF,
    /** Ask UPS whether the address is residential and send that, whatever X3's flag says. */
    CLASSIFY,
    /** As CLASSIFY, and hold an order whose address UPS finds ambiguous or does not know. */
    VALIDATE
}
