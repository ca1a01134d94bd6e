package dev.x3ups.ups.simulator.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid ShipmentRequest and RateRequest bodies that tests then break on purpose. */
public final class ShipRequests {
    public static final String ACCOUNT = "A1B2C3";

    private ShipRequests() {
    }

    /** A US→US Ground shipment with one 5 lb package carrying {@code reference} at package level. */
    public static ObjectNode domestic(String reference) {
        ObjectNode root = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode req = root.putObject("ShipmentRequest");
        ObjectNode head = req.putObject("Request");
        head.put("RequestOption", "nonvalidate").put("SubVersion", "2409");
        head.putObject("TransactionReference").put("CustomerContext", reference);
        ObjectNode s = req.putObject("Shipment");
        s.put("Description", "Goods");
        ObjectNode shipper = s.putObject("Shipper").put("Name", "ACME").put("ShipperNumber", ACCOUNT);
        shipper.putObject("Phone").put("Number", "5555555555");
        address(shipper.putObject("Address"), "1 Main St", "Timonium", "MD", "21093", "US");
        ObjectNode shipTo = s.putObject("ShipTo").put("Name", "Customer").put("AttentionName", "Jane");
        address(shipTo.putObject("Address"), "123 Main St", "Alpharetta", "GA", "30005", "US");
        s.putObject("PaymentInformation").putArray("ShipmentCharge").addObject().put("Type", "01")
                .putObject("BillShipper").put("AccountNumber", ACCOUNT);
        s.putObject("Service").put("Code", "03").put("Description", "Ground");
        addPackage(s.putArray("Package"), "5", reference);
        req.putObject("LabelSpecification").put("HTTPUserAgent", "Mozilla/4.5").putObject("LabelImageFormat")
                .put("Code", "GIF");
        return root;
    }

    /**
     * A US→DE Express shipment as UPS takes it across a border: the reference at shipment level only, attention
     * names and phones for shipper and ship-to, and a paperless commercial invoice (form 01) for the goods.
     */
    public static ObjectNode international(String reference) {
        ObjectNode root = domestic(reference);
        ObjectNode s = shipment(root);
        address((ObjectNode) s.get("ShipTo").get("Address"), "Hauptstr. 1", "Berlin", null, "10115", "DE");
        s.putObject("Service").put("Code", "07");
        s.putArray("ReferenceNumber").addObject().put("Code", "PO").put("Value", reference);
        ((ObjectNode) s.get("Shipper")).put("AttentionName", "Shipping Dept");
        ((ObjectNode) s.get("ShipTo")).putObject("Phone").put("Number", "49301234567");
        for (var p : s.get("Package")) {
            ((ObjectNode) p).remove("ReferenceNumber");
        }
        ObjectNode forms = s.putObject("ShipmentServiceOptions").putObject("InternationalForms");
        forms.putArray("FormType").add("01");
        forms.put("InvoiceNumber", "SO000101").put("InvoiceDate", "20261120").put("ReasonForExport", "SALE")
                .put("CurrencyCode", "USD");
        ObjectNode soldTo = forms.putObject("Contacts").putObject("SoldTo").put("Name", "Customer")
                .put("AttentionName", "Jane");
        address(soldTo.putObject("Address"), "Hauptstr. 1", "Berlin", null, "10115", "DE");
        ObjectNode product = forms.putArray("Product").addObject();
        product.putArray("Description").add("Steel widgets");
        product.put("PartNumber", "IT0001").put("CommodityCode", "847130").put("OriginCountryCode", "US");
        product.putObject("Unit").put("Number", "2").put("Value", "19.99").putObject("UnitOfMeasurement")
                .put("Code", "PCS");
        return root;
    }

    public static ObjectNode shipment(ObjectNode root) {
        return (ObjectNode) root.get("ShipmentRequest").get("Shipment");
    }

    public static void addPackage(ArrayNode packages, String weight, String reference) {
        ObjectNode p = packages.addObject();
        p.put("Description", "Order");
        p.putObject("Packaging").put("Code", "02");
        p.putObject("Dimensions").put("Length", "10").put("Width", "8").put("Height", "6")
                .putObject("UnitOfMeasurement").put("Code", "IN");
        p.putObject("PackageWeight").put("Weight", weight).putObject("UnitOfMeasurement").put("Code", "LBS");
        if (reference != null) {
            p.putArray("ReferenceNumber").addObject().put("Code", "PO").put("Value", reference);
        }
    }

    public static void address(ObjectNode a, String line, String city, String state, String postal, String country) {
        a.removeAll();
        a.putArray("AddressLine").add(line);
        a.put("City", city);
        if (state != null) {
            a.put("StateProvinceCode", state);
        }
        a.put("PostalCode", postal);
        a.put("CountryCode", country);
    }

    /** A RateRequest for the same lane as {@link #domestic}. */
    public static ObjectNode rate(String service, String weight) {
        ObjectNode root = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode rate = root.putObject("RateRequest");
        rate.putObject("Request").put("RequestOption", service == null ? "Shop" : "Rate");
        ObjectNode s = rate.putObject("Shipment");
        ObjectNode shipper = s.putObject("Shipper").put("Name", "ACME").put("ShipperNumber", ACCOUNT);
        address(shipper.putObject("Address"), "1 Main St", "Timonium", "MD", "21093", "US");
        address(s.putObject("ShipTo").put("Name", "Customer").putObject("Address"), "123 Main St", "Alpharetta",
                "GA", "30005", "US");
        if (service != null) {
            s.putObject("Service").put("Code", service);
        }
        ObjectNode p = s.putArray("Package").addObject();
        p.putObject("PackagingType").put("Code", "02");
        p.putObject("PackageWeight").put("Weight", weight).putObject("UnitOfMeasurement").put("Code", "LBS")
                .put("Description", "Pounds");
        return root;
    }

    /** A LabelRecoveryRequest by {@code ReferenceValues} (reference and the simulator's shipper number). */
    public static ObjectNode labelRecoveryByReference(String reference) {
        ObjectNode body = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode recovery = body.putObject("LabelRecoveryRequest");
        recovery.putObject("Request").put("SubVersion", "1903");
        ObjectNode values = recovery.putObject("ReferenceValues");
        values.putObject("ReferenceNumber").put("Value", reference);
        values.put("ShipperNumber", ACCOUNT);
        return body;
    }

    public static ObjectNode labelRecoveryByNumber(String trackingNumber) {
        ObjectNode body = SimulatorClient.MAPPER.createObjectNode();
        body.putObject("LabelRecoveryRequest").put("TrackingNumber", trackingNumber).putObject("Request")
                .put("SubVersion", "1903");
        return body;
    }

    /** A Quantum View request for the default subscription's unread files. */
    public static ObjectNode quantumViewUnread() {
        ObjectNode root = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode qv = root.putObject("QuantumViewRequest");
        qv.putObject("Request").put("RequestAction", "QVEvents");
        qv.putArray("SubscriptionRequest").addObject().put("Name", "OutboundXML");
        return root;
    }
}
