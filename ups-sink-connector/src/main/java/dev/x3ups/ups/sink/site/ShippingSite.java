package dev.x3ups.ups.sink.site;

import dev.x3ups.ups.client.ship.Party;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A warehouse we ship from and receive at, as configured: its UPS party (already fitted to UPS's limits), the
 * UPS account its shipments are billed to, and its time zone.
 *
 * @param code     the X3 site code (STOFCY / RCPFCY), e.g. {@code ATL}
 * @param party    name, contact and address as UPS takes them
 * @param account  the six-character UPS shipper number
 * @param timeZone where the site's day begins and ends (pickup days and cut-off times are local to the site)
 * @param defaultContactPhone digits sent as the receiver's phone of an international shipment when X3 has none for
 *                the contact; null: such orders fail
 * @param inboundLabels who gets the labels of purchase orders received at the site
 */
public record ShippingSite(String code, Party party, String account, ZoneId timeZone, String defaultContactPhone,
                           InboundLabels inboundLabels) {
    public ShippingSite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(inboundLabels, "inboundLabels");
    }

    public ShippingSite(String code, Party party, String account, ZoneId timeZone) {
        this(code, party, account, timeZone, null, InboundLabels.EMAIL);
    }

    /** A site on UTC without a default contact phone, e-mailing inbound labels (tests, examples). */
    public ShippingSite(String code, Party party, String account) {
        this(code, party, account, ZoneId.of("UTC"), null, InboundLabels.EMAIL);
    }
}
