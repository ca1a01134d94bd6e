package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.ups.client.ship.CommercialInvoice;
import dev.x3ups.ups.client.ship.Party;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The paperless commercial invoice of an order whose goods cross a border: one product per shipped line with its
 * description, item reference, HS code, country of origin, quantity, unit and unit price in the order's currency.
 * HS code and origin come from the line, else the configured defaults; a line with neither fails the order naming
 * the item, as does a line without a price (customs need a value per product).
 *
 * <p>Reason for export: {@code SALE} for both kinds. A purchase order is the supplier selling to us, so the goods
 * cross the border as a sale too; {@code RETURN} and {@code REPAIR} describe goods coming back, which an inbound
 * purchase is not. The buyer ("sold to") is the customer's ship-to for sales orders and the receiving site for
 * purchase orders.
 */
final class CommercialInvoices {
    static final String REASON_SALE = "SALE";
    /** UPS product unit codes taken as X3 writes them; any other X3 unit is declared as pieces. */
    private static final Set<String> UPS_UNITS = Set.of("BA", "BE", "BG", "BH", "BOX", "BT", "BU", "CI", "CM", "CON",
            "CR", "CS", "CT", "CY", "DOZ", "EA", "EN", "FT", "KG", "KGS", "LB", "LBS", "L", "M", "NMB", "PA", "PAL",
            "PC", "PCS", "PF", "PKG", "PR", "PRS", "RL", "SET", "SME", "SYD", "TU", "YD");
    private static final String PIECES = "PCS";
    private static final int QUANTITY_DIGITS = 7;
    private static final int TEXT_MAX = 35;

    private final CustomsSettings customs;
    private final GoodsDescriptions descriptions;

    CommercialInvoices(CustomsSettings customs, GoodsDescriptions descriptions) {
        this.customs = customs;
        this.descriptions = descriptions;
    }

    /** The invoice for the lane, or null when the goods stay in one country. */
    CommercialInvoice forLane(Order order, String originCountry, String destinationCountry, Party buyer,
                              LocalDate date) throws UnshippableOrderException {
        if (originCountry.equals(destinationCountry)) {
            return null;
        }
        String currency = order.currency() == null ? "" : order.currency().strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_VALUE, "the commercial invoice UPS needs "
                    + "for " + originCountry + " to " + destinationCountry + " takes the order's currency; order "
                    + order.key() + " has " + (currency.isEmpty() ? "none" : "'" + currency + "'"));
        }
        List<CommercialInvoice.Product> products = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            if (line.quantity() != null && line.quantity().signum() > 0) {
                products.add(product(line, originCountry));
            }
        }
        if (products.size() > CommercialInvoice.PRODUCTS_MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.MANY_LINES, "order " + order.key() + " has "
                    + products.size() + " lines to ship; a UPS commercial invoice holds at most "
                    + CommercialInvoice.PRODUCTS_MAX);
        }
        String poNumber = order.kind() == OrderKind.PURCHASE ? order.number() : ShipmentReferences.customerReference(order);
        return new CommercialInvoice(GoodsDescriptions.fit(order.number(), TEXT_MAX), date, REASON_SALE, currency,
                poNumber, buyer, products);
    }

    private CommercialInvoice.Product product(OrderLine line, String country) throws UnshippableOrderException {
        String what = "line " + line.lineNumber() + " item " + line.item();
        String hs = line.commodityCode() == null ? null : line.commodityCode().replaceAll("[\\s.\\-]", "");
        if (hs == null || hs.isEmpty()) {
            hs = customs.defaultCommodityCode();
        }
        if (hs == null) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_HS_CODE, what + " has no HS commodity "
                    + "code; UPS's commercial invoice needs one for goods crossing a border (or set "
                    + CustomsSettings.DEFAULT_COMMODITY_CODE_CONFIG + ")");
        }
        if (!hs.matches(CustomsSettings.COMMODITY_CODE_FORMAT)) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_HS_CODE, what + " has HS commodity code '"
                    + line.commodityCode() + "'; UPS takes 6 to 15 letters or digits");
        }
        String origin = line.originCountry() == null || line.originCountry().isBlank() ? customs.defaultOriginCountry()
                : line.originCountry().strip().toUpperCase(Locale.ROOT);
        if (origin == null || !origin.matches("[A-Z]{2}")) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_ORIGIN, what + " has "
                    + (origin == null ? "no country of origin" : "country of origin '" + origin + "'")
                    + "; UPS's commercial invoice needs an ISO two-letter country (or set "
                    + CustomsSettings.DEFAULT_ORIGIN_COUNTRY_CONFIG + ")");
        }
        if (line.unitPrice() == null || line.unitPrice().signum() <= 0) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_VALUE, what + " has "
                    + (line.unitPrice() == null ? "no unit price" : "unit price " + line.unitPrice().toPlainString())
                    + "; UPS's commercial invoice needs a value above zero per product");
        }
        BigDecimal quantity = line.quantity().stripTrailingZeros();
        long number;
        BigDecimal unitValue;
        String unit;
        if (quantity.scale() <= 0 && quantity.precision() - quantity.scale() <= QUANTITY_DIGITS) {
            number = quantity.longValueExact();
            unitValue = line.unitPrice();
            unit = unitCode(line.unit());
        } else {
            // UPS counts units in whole numbers: a fractional quantity (e.g. 2.5 KG) is one lot at the line's value.
            number = 1;
            unitValue = line.unitPrice().multiply(line.quantity()).setScale(2, RoundingMode.HALF_UP);
            unit = "SET";
        }
        String part = line.item() == null ? null : GoodsDescriptions.fit(line.item(), TEXT_MAX);
        return new CommercialInvoice.Product(List.of(descriptions.of(line, country)), part, hs, origin, number, unit,
                unitValue);
    }

    private static String unitCode(String x3Unit) {
        String unit = x3Unit == null ? "" : x3Unit.strip().toUpperCase(Locale.ROOT);
        return UPS_UNITS.contains(unit) ? unit : PIECES;
    }
}
