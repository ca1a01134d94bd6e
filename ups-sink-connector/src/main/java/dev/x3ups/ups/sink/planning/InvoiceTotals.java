package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.ship.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * UPS's shipment {@code InvoiceLineTotal}: required for forward shipments from the US to Canada or Puerto Rico and
 * not allowed on any other lane (Shipping.yaml {@code Shipment_InvoiceLineTotal}). UPS takes whole amounts from 1
 * to 99999999, so the order total is rounded up to the whole currency unit — declaring less than the goods are
 * worth is the one rounding that could hurt.
 */
final class InvoiceTotals {
    private static final BigDecimal MAX = new BigDecimal("99999999");

    private InvoiceTotals() {
    }

    /** The total to declare, or null where the lane takes none. */
    static Money forLane(Order order, String originCountry, String destinationCountry) throws UnshippableOrderException {
        boolean required = originCountry.equals("US") && (destinationCountry.equals("CA") || destinationCountry.equals("PR"));
        if (!required) {
            return null;
        }
        String currency = order.currency() == null ? "" : order.currency().strip().toUpperCase(Locale.ROOT);
        if (order.totalAmount() == null || order.totalAmount().signum() <= 0 || !currency.matches("[A-Z]{3}")) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_INVOICE_TOTAL,
                    "UPS requires the invoice total for US to " + destinationCountry + " shipments; the order has "
                            + (order.totalAmount() == null ? "no total" : "total " + order.totalAmount().toPlainString())
                            + " in " + (currency.isEmpty() ? "no currency" : "'" + currency + "'"));
        }
        BigDecimal whole = order.totalAmount().setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
        if (whole.compareTo(MAX) > 0) {
            throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG,
                    "order total " + order.totalAmount().toPlainString() + " " + currency
                            + " is over UPS's invoice line total limit of 99999999");
        }
        return new Money(currency, whole);
    }
}
