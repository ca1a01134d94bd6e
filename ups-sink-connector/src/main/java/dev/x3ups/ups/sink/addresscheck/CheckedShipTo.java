package dev.x3ups.ups.sink.addresscheck;

import dev.x3ups.ups.client.ship.Party;
import java.util.Objects;

/**
 * The ship-to to send after the address check, and for the ledger's notes what the check changed in it (null when
 * it sends X3's address and flag as they are).
 */
public record CheckedShipTo(Party party, String note) {
    public CheckedShipTo {
        Objects.requireNonNull(party, "party");
    }

    static CheckedShipTo unchanged(Party party) {
        return new CheckedShipTo(party, null);
    }
}
