package dev.x3ups.ups.sink.planning;

import dev.x3ups.ups.client.ship.Party;
import java.util.Objects;

/**
 * A warehouse we ship from and receive at, as configured: its UPS party (already fitted to UPS's limits) and
 * the UPS account its shipments are billed to.
 *
 * @param code    the X3 site code (STOFCY / RCPFCY), e.g. {@code ATL}
 * @param party   name, contact and address as UPS takes them
 * @param account the six-character UPS shipper number
 * @param defaultContactPhone digits sent as the receiver's phone of an international shipment when X3 has none for
 *                the contact; null: such orders fail
 */
public record ShippingSite(String code, Party party, String account, String defaultContactPhone) {
    public ShippingSite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(account, "account");
    }

    public ShippingSite(String code, Party party, String account) {
        this(code, party, account, null);
    }
}
