package dev.x3ups.ups.sink.addresscheck;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;

/**
 * UPS's Address Validation does not confirm the ship-to: the order is held (ledger HELD, flagged in X3 with UPS's
 * candidates) until it is corrected in X3, whose new content ships it.
 */
public final class AddressHeldException extends UnshippableOrderException {
    /** UPS found several addresses like the ship-to; the message lists them. */
    public static final String ADDRESS_AMBIGUOUS = "ADDRESS_AMBIGUOUS";
    /** UPS knows no address like the ship-to. */
    public static final String ADDRESS_UNKNOWN = "ADDRESS_UNKNOWN";

    public AddressHeldException(String code, String reason) {
        super(code, reason);
    }
}
