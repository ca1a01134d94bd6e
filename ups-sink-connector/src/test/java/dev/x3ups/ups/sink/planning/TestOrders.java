package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Address;
import dev.x3ups.records.Dimensions;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders and configuration shaped like the X3 simulator's seed data (sites ATL, RNO, MIS). */
public final class TestOrders {
    public static final Instant REVISION = Instant.parse("2026-11-20T10:00:00Z");
    /** Customs data every test line carries, as the X3 source reads it from the item master. */
    public static final BigDecimal PRICE = new BigDecimal("19.99");
    public static final String HS_CODE = "8471.30";
    public static final String ORIGIN = "US";
    public static final String FAMILY = "CPU";

    private TestOrders() {
    }

    public static Map<String, String> config() {
        Map<String, String> props = new HashMap<>();
        props.put("sites", "ATL,RNO,MIS");
        site(props, "ATL", "Atlanta Distribution Center", "1200 Fulton Industrial Blvd SW", "Atlanta", "GA", "30336",
                "US", "+1 404-555-0100", "A1T001");
        site(props, "RNO", "Reno Fulfillment Center", "555 Vassar St", "Reno", "Nevada", "89502", "US", "775.555.0100",
                "R3N002");
        site(props, "MIS", "Mississauga Warehouse", "6800 Maritz Dr", "Mississauga", "ON", "l5w1w2", "CA",
                "(905) 555-0100", "M1S003");
        return props;
    }

    public static void site(Map<String, String> props, String code, String name, String lines, String city, String state,
                     String postal, String country, String phone, String account) {
        String p = "site." + code + ".";
        props.put(p + "name", name);
        props.put(p + "address.lines", lines);
        props.put(p + "city", city);
        if (state != null) {
            props.put(p + "state", state);
        }
        if (postal != null) {
            props.put(p + "postal.code", postal);
        }
        props.put(p + "country", country);
        if (phone != null) {
            props.put(p + "phone", phone);
        }
        props.put(p + "account", account);
    }

    public static Address address(String name, String attention, String city, String state, String postal, String country,
                           String... lines) {
        return new Address(name, attention, "+1 404 555 0123", null, List.of(lines), city, state, postal, country, false);
    }

    public static Address customerUs() {
        return new Address("Peachtree Outfitters", "Jane Doe", "+1 (404) 555-0123 x12", "jane@example.com",
                List.of("123 Main St"), "Alpharetta", "GA", "30005", "US", true);
    }

    public static Address customerCa() {
        return address("Maple Leaf Supplies", null, "Toronto", "ON", "M5V 2T6", "CA", "290 Bremner Blvd");
    }

    public static Address supplierCa() {
        Address address = address("Great Lakes Components", "Receiving", "Hamilton", "Ontario", "L8P 4R5", "CA",
                "100 King St W");
        return new Address(address.name(), address.attention(), address.phone(), "shipping@greatlakes.example",
                address.lines(), address.city(), address.stateProvince(), address.postalCode(), address.countryCode(),
                address.residential());
    }

    public static Address receivingReno() {
        return address("Reno Fulfillment Center", "Dock 4", "Reno", "NV", "89502", "US", "555 Vassar St");
    }

    public static OrderLine line(int number, String item, String quantity, String unitWeight, String weightUnit) {
        return new OrderLine(number, item, "Item " + item, new BigDecimal(quantity), "UN",
                unitWeight == null ? null : new BigDecimal(unitWeight), null, weightUnit, null, PRICE, HS_CODE, ORIGIN,
                FAMILY);
    }

    public static OrderLine lineWeighing(int number, String item, String quantity, String lineWeight, String weightUnit) {
        return new OrderLine(number, item, "Item " + item, new BigDecimal(quantity), "UN", null,
                new BigDecimal(lineWeight), weightUnit, null, PRICE, HS_CODE, ORIGIN, FAMILY);
    }

    public static OrderLine dimensioned(int number, String item, String quantity, String unit, String unitWeight,
                                 String weightUnit, Dimensions dimensions) {
        return new OrderLine(number, item, "Item " + item, new BigDecimal(quantity), unit, new BigDecimal(unitWeight),
                null, weightUnit, dimensions, PRICE, HS_CODE, ORIGIN, FAMILY);
    }

    public static Dimensions cm(String l, String w, String h) {
        return new Dimensions(new BigDecimal(l), new BigDecimal(w), new BigDecimal(h), "CM");
    }

    public static Order sales(String site, Address shipTo, String deliveryMode, OrderLine... lines) {
        return sales("SO000101", site, shipTo, deliveryMode, "PO-4711", lines);
    }

    public static Order sales(String number, String site, Address shipTo, String deliveryMode, String customerReference,
                       OrderLine... lines) {
        return new Order(OrderKind.SALES, "SEED", number, site, REVISION, "C0001", null, shipTo, List.of(lines),
                new BigDecimal("199.90"), "USD", deliveryMode, "UPS", "OPEN", customerReference);
    }

    public static Order purchase(String site, Address supplier, Address receiving, OrderLine... lines) {
        return new Order(OrderKind.PURCHASE, "SEED", "PO000007", site, REVISION, "S0001", supplier, receiving,
                List.of(lines), new BigDecimal("1200"), "USD", "UGND", "UPS", "OPEN", "SUP-REF-9");
    }

    public static OrderLine oneKilo() {
        return line(1000, "IT0001", "1", "1", "KG");
    }
}
