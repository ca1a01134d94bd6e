package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.ship.ReferenceNumber;
import dev.x3ups.ups.sink.address.AsciiText;
import java.util.ArrayList;
import java.util.List;

/**
 * The references an order's shipment carries. The order key goes first on every package — it is how the
 * shipment is found again after an ambiguous ship call — and the customer's reference (CUSORDREF / ORDREF)
 * second when it can be written in 35 ASCII characters (UPS prints only the first two). UPS takes package
 * references on US→US and PR→PR only and shipment references everywhere else (error 120541), so each lane gets
 * them at exactly one level; the order key is validated on every lane.
 */
final class ShipmentReferences {
    static final int MAX = 35;
    /** UPS reference type for a purchase order number: the customer's PO. */
    static final String PURCHASE_ORDER_CODE = "PO";

    private ShipmentReferences() {
    }

    static List<ReferenceNumber> forPackages(Order order) throws UnshippableOrderException {
        String key = order.key();
        if (key.length() > MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.REFERENCE_TOO_LONG,
                    "order key '" + key + "' has " + key.length() + " characters; a UPS reference holds " + MAX);
        }
        List<ReferenceNumber> references = new ArrayList<>();
        references.add(ReferenceNumber.of(key));
        String customer = customerReference(order);
        if (customer != null && !customer.equals(key)) {
            references.add(new ReferenceNumber(PURCHASE_ORDER_CODE, customer));
        }
        return references;
    }

    static List<ReferenceNumber> forShipment(Order order, String originCountry, String destinationCountry)
            throws UnshippableOrderException {
        return packageLevel(originCountry, destinationCountry) ? List.of() : forPackages(order);
    }

    /** The package references of the lane: only US→US and PR→PR take them; elsewhere the shipment carries them. */
    static List<ReferenceNumber> forPackages(Order order, String originCountry, String destinationCountry)
            throws UnshippableOrderException {
        return packageLevel(originCountry, destinationCountry) ? forPackages(order) : List.of();
    }

    private static boolean packageLevel(String originCountry, String destinationCountry) {
        return originCountry.equals(destinationCountry) && (originCountry.equals("US") || originCountry.equals("PR"));
    }

    static String customerReference(Order order) {
        try {
            String text = AsciiText.of("customerReference", order.customerReference(), null);
            return text == null || text.length() > MAX ? null : text;
        } catch (UnshippableOrderException notAscii) {
            return null; // optional and only informative: left off rather than failing the order
        }
    }
}
