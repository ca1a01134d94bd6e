package dev.x3ups.ups.client.ship;

import java.util.List;

/** Representative shipments for tests: the sink's sales and purchase orders in the countries we ship to. */
public final class Shipments {
    public static final String ACCOUNT = "A1B2C3";

    private Shipments() {
    }

    public static Party warehouse() {
        return new Party("ACME Distribution", "Shipping Dept", "4105551234", "ship@acme.example",
                new Address(List.of("2311 York Rd", "Dock 4"), "Timonium", "MD", "21093", "US", false));
    }

    public static ShipmentSpec.Builder domesticUs(String orderKey) {
        return ShipmentSpec.builder()
                .customerContext(orderKey)
                .shipper(warehouse(), ACCOUNT)
                .shipTo(new Party("Happy Dog Pet Supply", "Jane Doe", "7705550100", "jane@example.com",
                        new Address(List.of("123 Main St"), "Alpharetta", "GA", "30005", "US", true)))
                .serviceCode("03")
                .description("Pet supplies")
                .addPackage(new ParcelPackage("Order " + orderKey, null, Weight.of("5", WeightUnit.LBS),
                        Dimensions.of("10", "8", "6", LengthUnit.IN), List.of(ReferenceNumber.of(orderKey))));
    }

    public static ShipmentSpec.Builder usToCanada(String orderKey) {
        return ShipmentSpec.builder()
                .customerContext(orderKey)
                .shipper(warehouse(), ACCOUNT)
                .shipTo(new Party("Maple Goods Ltd", "Pierre Roy", "4165550199", null,
                        new Address(List.of("100 King St W"), "Toronto", "ON", "M5X1A9", "CA", false)))
                .serviceCode("11")
                .description("Hardware")
                .invoiceLineTotal(new Money("USD", new java.math.BigDecimal("250.00")))
                .commercialInvoice(invoice(orderKey, "4165550199", "Maple Goods Ltd", "Pierre Roy",
                        new Address(List.of("100 King St W"), "Toronto", "ON", "M5X1A9", "CA", false)))
                .addShipmentReference(ReferenceNumber.of(orderKey))
                .addPackage(new ParcelPackage(null, null, Weight.of("3.25", WeightUnit.LBS), null,
                        List.of(ReferenceNumber.of(orderKey))));
    }

    public static ShipmentSpec.Builder usToGreatBritain(String orderKey) {
        return ShipmentSpec.builder()
                .customerContext(orderKey)
                .shipper(warehouse(), ACCOUNT)
                .shipTo(new Party("Thames Trading", "Ann Smith", "442075550123", null,
                        new Address(List.of("10 Downing Yard", "Unit 2"), "London", null, "SW1A2AA", "GB", false)))
                .serviceCode("65")
                .description("Books")
                .commercialInvoice(invoice(orderKey, null, "Thames Trading", "Ann Smith",
                        new Address(List.of("10 Downing Yard"), "London", null, "SW1A2AA", "GB", false)))
                .addShipmentReference(ReferenceNumber.of(orderKey))
                .addPackage(new ParcelPackage(null, null, Weight.of("2", WeightUnit.KGS),
                        Dimensions.of("30", "20", "10", LengthUnit.CM), List.of(ReferenceNumber.of(orderKey))));
    }

    public static ShipmentSpec.Builder usToGermany(String orderKey) {
        return ShipmentSpec.builder()
                .customerContext(orderKey)
                .shipper(warehouse(), ACCOUNT)
                .shipTo(new Party("Rhein Werkzeuge GmbH", "Max Muster", "49695550100", null,
                        new Address(List.of("Hauptstrasse 5"), "Frankfurt am Main", null, "60311", "DE", false)))
                .serviceCode("07")
                .description("Tools")
                .commercialInvoice(invoice(orderKey, "49695550100", "Rhein Werkzeuge GmbH", "Max Muster",
                        new Address(List.of("Hauptstrasse 5"), "Frankfurt am Main", null, "60311", "DE", false)))
                .addShipmentReference(ReferenceNumber.of(orderKey))
                .addPackage(new ParcelPackage(null, null, Weight.of("1.5", WeightUnit.KGS), null,
                        List.of(ReferenceNumber.of(orderKey))));
    }

    /** A Canadian site shipping to a US customer: Standard, invoice in CAD, reference at shipment level. */
    public static ShipmentSpec.Builder canadaToUs(String orderKey) {
        Party customer = new Party("Peachtree Outfitters", "Jane Doe", "4045550123", null,
                new Address(List.of("123 Main St"), "Alpharetta", "GA", "30005", "US", false));
        return ShipmentSpec.builder()
                .customerContext(orderKey)
                .shipper(mississauga(), ACCOUNT)
                .shipTo(customer)
                .serviceCode("11")
                .description("Steel fasteners")
                .commercialInvoice(new CommercialInvoice(orderKey.substring(orderKey.lastIndexOf(':') + 1),
                        java.time.LocalDate.of(2026, 11, 20), "SALE", "CAD", null, customer, List.of(product())))
                .addShipmentReference(ReferenceNumber.of(orderKey))
                .addPackage(new ParcelPackage("Steel fasteners", null, Weight.of("2.5", WeightUnit.KGS),
                        Dimensions.of("30.2", "20", "10.5", LengthUnit.CM), List.of(ReferenceNumber.of(orderKey))));
    }

    /** Within Canada: no invoice, the reference at shipment level (UPS takes package references on US/PR only). */
    public static ShipmentSpec.Builder canadaDomestic(String orderKey) {
        return ShipmentSpec.builder()
                .customerContext(orderKey)
                .shipper(mississauga(), ACCOUNT)
                .shipTo(new Party("Maple Goods Ltd", "Pierre Roy", "4165550199", null,
                        new Address(List.of("100 King St W"), "Toronto", "ON", "M5X 1A9", "CA", false)))
                .serviceCode("11")
                .description("Hardware")
                .addShipmentReference(ReferenceNumber.of(orderKey))
                .addPackage(new ParcelPackage("Hardware", null, Weight.of("1", WeightUnit.KGS), null,
                        List.of(ReferenceNumber.of(orderKey))));
    }

    public static Party mississauga() {
        return new Party("Mississauga Warehouse", "Receiving", "9055550100", null,
                new Address(List.of("6800 Maritz Dr"), "Mississauga", "ON", "L5W 1W2", "CA", false));
    }

    /** A commercial invoice of one product sold to {@code buyer}. */
    public static CommercialInvoice invoice(String orderKey, String phone, String buyer, String attention,
                                            Address address) {
        return new CommercialInvoice(orderKey.substring(orderKey.lastIndexOf(':') + 1),
                java.time.LocalDate.of(2026, 11, 20), "SALE", "USD", "PO-4711",
                new Party(buyer, attention, phone, null, address), List.of(product()));
    }

    public static CommercialInvoice.Product product() {
        return new CommercialInvoice.Product(List.of("Steel hex bolts M8"), "IT0001", "731815", "US", 12, "PCS",
                new java.math.BigDecimal("1.25"));
    }

    /** Three packages, one without dimensions. */
    public static ShipmentSpec.Builder multiPackage(String orderKey) {
        return domesticUs(orderKey)
                .addPackage(new ParcelPackage(null, null, Weight.of("12.04", WeightUnit.LBS),
                        Dimensions.of("20", "12", "12", LengthUnit.IN), List.of(ReferenceNumber.of(orderKey))))
                .addPackage(new ParcelPackage(null, null, Weight.of("0.4", WeightUnit.LBS), null,
                        List.of(ReferenceNumber.of(orderKey))));
    }

    /** A purchase order: the supplier ships to our receiving site, billed to our account. */
    public static ShipmentSpec.Builder inbound(String orderKey) {
        return ShipmentSpec.builder()
                .customerContext(orderKey)
                .shipper(warehouse(), ACCOUNT)
                .shipFrom(new Party("Supplier Industries", "Bob Vendor", "3125550111", null,
                        new Address(List.of("500 W Madison St"), "Chicago", "IL", "60661", "US", false)))
                .shipTo(warehouse())
                .serviceCode("03")
                .description("Purchase order")
                .addPackage(new ParcelPackage(null, null, Weight.of("20", WeightUnit.LBS),
                        Dimensions.of("24", "16", "12", LengthUnit.IN), List.of(ReferenceNumber.of(orderKey))));
    }
}
