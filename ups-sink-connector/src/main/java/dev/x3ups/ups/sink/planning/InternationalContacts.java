package dev.x3ups.ups.sink.planning;

import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SiteConfig;

/**
 * The contacts UPS requires when goods cross a border: an attention name for shipper, ship-to and ship-from, a
 * phone for shipper and ship-to. A missing attention name takes the party's own name (a company is a valid
 * contact for UPS); a missing ship-to phone takes the site's configured default contact phone, and without one
 * the order fails with {@code NO_PHONE} naming where the phone should come from.
 */
final class InternationalContacts {
    private InternationalContacts() {
    }

    static Party shipper(ShippingSite site) throws UnshippableOrderException {
        Party party = site.party();
        if (party.phone() == null) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_PHONE, "site " + site.code()
                    + " has no phone; UPS requires the shipper's phone for international shipments (set "
                    + SiteConfig.siteKey(site.code(), SiteConfig.SITE_PHONE) + ")");
        }
        return withAttention(party);
    }

    /** The ship-to with an attention name and a phone: X3's, else the site's default contact phone. */
    static Party shipTo(Party shipTo, ShippingSite site, String orderKey) throws UnshippableOrderException {
        if (shipTo.phone() != null) {
            return withAttention(shipTo);
        }
        if (site.defaultContactPhone() == null) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_PHONE, "ship-to of order " + orderKey
                    + " has no phone; UPS requires the receiver's phone for international shipments (the X3 ship-to "
                    + "contact has none; or set " + SiteConfig.siteKey(site.code(),
                    SiteConfig.SITE_DEFAULT_CONTACT_PHONE)
                    + ")");
        }
        return withAttention(shipTo.withContact(shipTo.attentionName(), site.defaultContactPhone(), shipTo.email()));
    }

    /** Ship-from of a purchase order: UPS wants its attention name with an invoice; its phone is optional. */
    static Party shipFrom(Party shipFrom) {
        return withAttention(shipFrom);
    }

    private static Party withAttention(Party party) {
        return party.attentionName() != null ? party
                : party.withContact(party.name(), party.phone(), party.email());
    }
}
