package dev.x3ups.x3.client.graphql;

import static dev.x3ups.x3.client.TestSupport.resource;
import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Dimensions;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.WriteBackLookup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderNodesTest {

    @Test
    void aSalesOrderNodeCarriesTheWriteBackPropertiesSelectedWithThePage() {
        WriteBackLookup lookup = new WriteBackLookup(true, WriteBackLookup.DEFAULT_REPRESENTATION, "YORDNUM", null,
                "YTRKNUM", null, Duration.ofSeconds(1), "yTrackingNumbers", "yOrderDigest");
        SalesOrderNodes nodes = new SalesOrderNodes(ItemMasterConfig.DEFAULT, lookup);
        assertThat(nodes.selection()).endsWith(" yTrackingNumbers yOrderDigest");
        assertThat(new SalesOrderNodes(ItemMasterConfig.DEFAULT, WriteBackLookup.DISABLED).selection())
                .doesNotContain("yTrackingNumbers");

        ObjectNode node = (ObjectNode) tree(resource("graphql/sales-order-node.json"));
        assertThat(nodes.map("SEED", node).writeBack()).as("nothing written back yet").isNull();

        node.putArray("yTrackingNumbers").add("1Z999AA10123456784").add("");
        node.put("yOrderDigest", "d1g");
        assertThat(nodes.map("SEED", node).writeBack())
                .isEqualTo(new WriteBack(List.of("1Z999AA10123456784"), "d1g", null));
        assertThat(new SalesOrderNodes().map("SEED", node).writeBack()).as("lookup disabled").isNull();
    }

    @Test
    void salesOrderNode() {
        Order order = new SalesOrderNodes().map("SEED", tree(resource("graphql/sales-order-node.json")));

        assertThat(order.kind()).isEqualTo(OrderKind.SALES);
        assertThat(order.number()).isEqualTo("SO000004");
        assertThat(order.revision()).isEqualTo(Instant.parse("2025-01-15T10:00:05Z"));
        assertThat(order.site()).isEqualTo("MIS");
        assertThat(order.partyCode()).isEqualTo("C0003");
        assertThat(order.shipFrom()).isNull();
        assertThat(order.shipTo()).isEqualTo(new Address("Brit Traders Ltd", "Ada Lovelace", "+44 20 7946 0000",
                "ada@brit.example", List.of("10 Downing Lane", "Floor 2"), "London", null, "SW1A 2AA", "GB", false));
        assertThat(order.status()).isEqualTo("OPEN");
        assertThat(order.totalAmount()).isEqualByComparingTo("310.75");
        assertThat(order.currency()).isEqualTo("CAD");
        assertThat(order.deliveryMode()).isEqualTo("UWEX");
        assertThat(order.carrier()).isEqualTo("UPS");
        assertThat(order.customerReference()).isEqualTo("PO-88");

        OrderLine widget = order.lines().get(0);
        assertThat(widget.item()).isEqualTo("IT0002");
        assertThat(widget.unit()).isEqualTo("UN");
        assertThat(widget.lineWeight()).isEqualByComparingTo("2.5");
        assertThat(widget.unitWeight()).isEqualByComparingTo("0.5");
        assertThat(widget.weightUnit()).isEqualTo("KG");
        assertThat(widget.dimensions()).isEqualTo(
                new Dimensions(new BigDecimal("10"), new BigDecimal("10"), new BigDecimal("5"), "CM"));

        OrderLine nails = order.lines().get(1);
        assertThat(nails.description()).as("falls back to the product").isEqualTo("Nails");
        assertThat(nails.unitWeight()).isEqualByComparingTo("48");
        assertThat(nails.lineWeight()).isEqualByComparingTo("48");
        assertThat(nails.weightUnit()).isEqualTo("OZ");
        assertThat(nails.dimensions()).isNull();
    }

    @Test
    void purchaseOrderNode() {
        Order order = new PurchaseOrderNodes().map("SEED", tree(resource("graphql/purchase-order-node.json")));

        assertThat(order.kind()).isEqualTo(OrderKind.PURCHASE);
        assertThat(order.site()).isEqualTo("ATL");
        assertThat(order.partyCode()).isEqualTo("S0001");
        assertThat(order.shipFrom()).isEqualTo(new Address("Bavaria Tools AG", null, "+49 89 000",
                "versand@bavaria.example", List.of("Werkstraße 4"), "München", null, "80331", "DE", false));
        assertThat(order.shipTo().name()).isEqualTo("Atlanta Distribution Center");
        assertThat(order.shipTo().stateProvince()).isEqualTo("GA");
        assertThat(order.shipTo().phone()).isNull();
        assertThat(order.status()).isEqualTo("OPEN");
        assertThat(order.customerReference()).isEqualTo("SUP-1");
        assertThat(order.totalAmount()).isNull();

        OrderLine line = order.lines().get(0);
        assertThat(line.unit()).isEqualTo("BOX");
        assertThat(line.unitWeight()).as("10 stock units a box at 1.2 lb").isEqualByComparingTo("12");
        assertThat(line.lineWeight()).isEqualByComparingTo("24");
        assertThat(line.weightUnit()).isEqualTo("LB");
    }

    @Test
    void closedOrdersAndMissingStamps() {
        assertThat(new PurchaseOrderNodes().map("F", tree("{\"id\":\"PO1\",\"_updateStamp\":\"2025-01-15T10:00:00Z\","
                + "\"isClosed\":\"yes\"}")).status()).isEqualTo("CLOSED");
        assertThatThrownBy(() -> new SalesOrderNodes().map("F", tree("{\"id\":\"SO1\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("_updateStamp");
    }

    @Test
    void withdrawnOrderNodesAreCancelled() {
        String closed = "{\"id\":\"SO1\",\"_updateStamp\":\"2025-01-15T10:00:00Z\",\"orderStatus\":\"closed\","
                + "\"deliveryStatus\":\"%s\",\"lines\":{\"query\":{\"edges\":[{\"node\":{\"lineNumber\":1000,"
                + "\"lineStatus\":\"pending\"}}]}}}";
        assertThat(new SalesOrderNodes().map("F", tree(closed.formatted("notDelivered"))).status())
                .isEqualTo(Order.CANCELLED);
        assertThat(new SalesOrderNodes().map("F", tree(closed.formatted("delivered"))).status()).isEqualTo("CLOSED");

        String linesClosed = "{\"id\":\"PO1\",\"_updateStamp\":\"2025-01-15T10:00:00Z\",\"isClosed\":\"no\","
                + "\"receiptStatus\":\"notReceived\",\"purchaseOrderLines\":{\"query\":{\"edges\":["
                + "{\"node\":{\"lineNumber\":1000,\"isClosed\":\"yes\"}}]}}}";
        assertThat(new PurchaseOrderNodes().map("F", tree(linesClosed)).status()).isEqualTo(Order.CANCELLED);
        assertThat(new PurchaseOrderNodes().map("F", tree(linesClosed.replace("\"yes\"", "\"no\""))).status())
                .isEqualTo("OPEN");
    }
}
