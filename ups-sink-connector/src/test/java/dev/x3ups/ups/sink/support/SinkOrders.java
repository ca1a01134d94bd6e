package dev.x3ups.ups.sink.support;

import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.ups.client.ship.ParcelPackage;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.planning.ShipmentPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders, plans and configuration for the sink's unit tests. */
public final class SinkOrders {
    public static final Instant REVISION = Instant.parse("2026-11-20T10:00:00Z");
    public static final String ACCOUNT = "A1B2C3";

    private SinkOrders() {
    }

    public static Order order(String number) {
        return order(number, "2");
    }

    /** The same order with another quantity has another digest. */
    public static Order order(String number, String quantity) {
        return new Order(OrderKind.SALES, "SEED", number, "ATL", REVISION, "C0001", null, customer(),
                List.of(new OrderLine(1, "IT0001", "Item", new BigDecimal(quantity), "UN", new BigDecimal("1.5"), null,
                        "KG", null)), new BigDecimal("99.50"), "USD", "UGND", "UPS", "OPEN", "PO-" + number);
    }

    public static Order revised(Order order) {
        return new Order(order.kind(), order.folder(), order.number(), order.site(), order.revision().plusSeconds(60),
                order.partyCode(), order.shipFrom(), order.shipTo(), order.lines(), order.totalAmount(),
                order.currency(), order.deliveryMode(), order.carrier(), order.status(), order.customerReference());
    }

    public static Address customer() {
        return new Address("Peachtree Outfitters", "Jane Doe", "+1 404 555 0123", "jane@example.com",
                List.of("123 Main St"), "Alpharetta", "GA", "30005", "US", false);
    }

    /** A plan as the planner makes it, with {@code packages} packages. */
    public static ShipmentPlan plan(Order order, int packages) {
        dev.x3ups.ups.client.ship.Address from = new dev.x3ups.ups.client.ship.Address(
                List.of("1200 Fulton Industrial Blvd SW"), "Atlanta", "GA", "30336", "US", false);
        dev.x3ups.ups.client.ship.Party shipper = new dev.x3ups.ups.client.ship.Party("Atlanta DC", null,
                "4045550100", null, from);
        dev.x3ups.ups.client.ship.Party to = new dev.x3ups.ups.client.ship.Party("Peachtree Outfitters", "Jane Doe",
                "4045550123", null, new dev.x3ups.ups.client.ship.Address(List.of("123 Main St"), "Alpharetta", "GA",
                "30005", "US", false));
        ShipmentSpec.Builder spec = ShipmentSpec.builder().customerContext(order.key()).shipper(shipper, ACCOUNT)
                .shipTo(to).serviceCode("03").description("Order " + order.number());
        for (int i = 0; i < packages; i++) {
            spec.addPackage(new ParcelPackage(null, "02", new dev.x3ups.ups.client.ship.Weight(new BigDecimal("1.5"),
                    dev.x3ups.ups.client.ship.WeightUnit.KGS), null,
                    List.of(new dev.x3ups.ups.client.ship.ReferenceNumber(null, order.key()))));
        }
        return new ShipmentPlan(spec.build(), order.key(), OrderDigest.of(order));
    }

    public static Map<String, String> config() {
        Map<String, String> c = new HashMap<>();
        c.put("ups.base.url", "http://127.0.0.1:9");
        c.put("ups.client.id", "sim-client-id");
        c.put("ups.client.secret", "sim-client-secret");
        c.put("ledger.bootstrap.servers", "127.0.0.1:9");
        c.put("sites", "ATL");
        c.put("site.ATL.name", "Atlanta Distribution Center");
        c.put("site.ATL.address.lines", "1200 Fulton Industrial Blvd SW");
        c.put("site.ATL.city", "Atlanta");
        c.put("site.ATL.state", "GA");
        c.put("site.ATL.postal.code", "30336");
        c.put("site.ATL.country", "US");
        c.put("site.ATL.account", ACCOUNT);
        return c;
    }
}
