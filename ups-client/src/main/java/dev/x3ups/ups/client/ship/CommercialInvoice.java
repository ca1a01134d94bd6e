package dev.x3ups.ups.client.ship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The commercial invoice UPS files electronically for goods crossing a border (paperless invoice: international
 * form {@code 01} carried in the ship request; an account with paperless invoicing files it, others get the
 * form back as an image). Values are in {@code currency}.
 *
 * @param invoiceNumber       exporter's invoice number (we use the order number), at most 35 characters
 * @param invoiceDate         normally the ship date
 * @param reasonForExport     UPS's reason, e.g. {@code SALE}, {@code RETURN}, {@code REPAIR}
 * @param currency            ISO 4217 code of every product value
 * @param purchaseOrderNumber the customer's order reference, may be null
 * @param soldTo              the buyer, printed in the invoice's sold-to section
 * @param products            one per order line, 1 to 100
 */
public record CommercialInvoice(String invoiceNumber, LocalDate invoiceDate, String reasonForExport, String currency,
                                String purchaseOrderNumber, Party soldTo, List<Product> products) {
    /** UPS's limit of products on an invoice form. */
    public static final int PRODUCTS_MAX = 100;

    public CommercialInvoice {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(reasonForExport, "reasonForExport");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(soldTo, "soldTo");
        products = List.copyOf(products);
        if (products.isEmpty() || products.size() > PRODUCTS_MAX) {
            throw new IllegalArgumentException("an invoice holds 1 to " + PRODUCTS_MAX + " products, got "
                    + products.size());
        }
    }

    /**
     * One invoice line.
     *
     * @param description   up to three lines of at most 35 characters describing the goods
     * @param partNumber    the item reference
     * @param commodityCode harmonized system code, 6 to 15 letters or digits
     * @param originCountry ISO 3166 two-letter country of manufacture
     * @param quantity      whole number of units (UPS takes digits only)
     * @param unitCode      UPS product unit of measure code, e.g. {@code PCS}
     * @param unitValue     value of one unit
     */
    public record Product(List<String> description, String partNumber, String commodityCode, String originCountry,
                          long quantity, String unitCode, BigDecimal unitValue) {
        public Product {
            description = List.copyOf(description);
            Objects.requireNonNull(unitValue, "unitValue");
        }
    }
}
