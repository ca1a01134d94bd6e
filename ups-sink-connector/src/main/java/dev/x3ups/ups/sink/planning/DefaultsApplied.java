package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SiteConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cross-border plan took from configured defaults because X3 held nothing: the site's default contact
 * phone, the default HS code, the default country of origin. The ledger records it beside the shipment, so
 * nobody has to guess later where a phone number or a customs code on the invoice came from.
 */
final class DefaultsApplied {
    private DefaultsApplied() {
    }

    /** For an international plan: a sentence per default applied, or null when it used only what X3 holds. */
    static String of(Order order, ShippingSite site, CustomsSettings customs) {
        List<String> notes = new ArrayList<>();
        if (order.kind() == OrderKind.SALES && blank(phone(order.shipTo())) && site.defaultContactPhone() != null) {
            notes.add("receiver phone from " + SiteConfig.siteKey(site.code(), SiteConfig.SITE_DEFAULT_CONTACT_PHONE)
                    + " (the X3 ship-to contact has none)");
        }
        List<String> noCode = new ArrayList<>();
        List<String> noOrigin = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            if (blank(line.commodityCode()) && customs.defaultCommodityCode() != null) {
                noCode.add(line.item());
            }
            if (blank(line.originCountry()) && customs.defaultOriginCountry() != null) {
                noOrigin.add(line.item());
            }
        }
        if (!noCode.isEmpty()) {
            notes.add("HS code from " + CustomsSettings.DEFAULT_COMMODITY_CODE_CONFIG + " for " + noCode);
        }
        if (!noOrigin.isEmpty()) {
            notes.add("country of origin from " + CustomsSettings.DEFAULT_ORIGIN_COUNTRY_CONFIG + " for " + noOrigin);
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private static String phone(Address address) {
        return address == null ? null : address.phone();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
