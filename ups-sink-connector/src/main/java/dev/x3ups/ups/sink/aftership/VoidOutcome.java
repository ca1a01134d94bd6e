package dev.x3ups.ups.sink.aftership;

/**
 * How an attempt to void a shipment before pickup ended.
 *
 * @param detail UPS's words when it refused, else null
 */
public record VoidOutcome(Kind kind, String detail) {

    public enum Kind {
        /** Voided now. */
        VOIDED,
        /** UPS already had it voided (an earlier attempt got through before a crash): as good as voided. */
        ALREADY_VOIDED,
        /** UPS has the parcel: not voided. */
        PICKED_UP,
        /** UPS refused the void although no pickup scan is known (e.g. the void window closed). */
        REFUSED
    }

    public boolean voided() {
        return kind == Kind.VOIDED || kind == Kind.ALREADY_VOIDED;
    }

    static VoidOutcome of(Kind kind) {
        return new VoidOutcome(kind, null);
    }
}
