package dev.x3ups.x3.client.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.mapping.LineWeight;
import dev.x3ups.x3.client.mapping.OrderStatusText;
import dev.x3ups.x3.client.mapping.OrderWithdrawal;
import dev.x3ups.x3.client.mapping.X3Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code x3Purchasing.purchaseOrder} nodes: supplier ship-from address to the receiving site. */
final class PurchaseOrderNodes implements OrderNodeMapper {

    private final ItemMasterConfig items;

    PurchaseOrderNodes() {
        this(ItemMasterConfig.DEFAULT);
    }

    PurchaseOrderNodes(ItemMasterConfig items) {
        this.items = items;
    }

    @Override
    public OrderKind kind() {
        return OrderKind.PURCHASE;
    }

    @Override
    public String packageName() {
        return "x3Purchasing";
    }

    @Override
    public String nodeName() {
        return "purchaseOrder";
    }

    @Override
    public String selection() {
        return """
                id _updateStamp isClosed receiptStatus orderReference
                receiptSite { code name } orderFromSupplier { code name }
                shipFromSupplierAddress { %1$s } receiptAddress { %1$s }
                deliveryMode { code } carrier { code }
                purchaseOrderLines { query(first: 1000) { edges { node {
                  lineNumber isClosed productDescription quantityInOrderUnitOrdered orderUnit { code }
                  quantityInStockUnitOrdered lineWeight lineWeightUnit { code } netPrice
                  product { %2$s } } } } }""".formatted(NodeFields.PARTY_ADDRESS, NodeFields.product(items));
    }

    @Override
    public Order map(String folder, JsonNode node) {
        X3Row row = new X3Row(node);
        String number = NodeFields.require(row.text("id"), "id");
        return new Order(OrderKind.PURCHASE, folder, number,
                NodeFields.code(node, "receiptSite"),
                NodeFields.require(row.instant("_updateStamp"), "_updateStamp of purchase order " + number),
                NodeFields.code(node, "orderFromSupplier"),
                NodeFields.partyAddress(node.path("shipFromSupplierAddress"),
                        NodeFields.text(node.path("orderFromSupplier"), "name")),
                NodeFields.partyAddress(node.path("receiptAddress"), NodeFields.text(node.path("receiptSite"), "name")),
                lines(node),
                null, // the purchase order node has no order total
                null,
                NodeFields.code(node, "deliveryMode"),
                NodeFields.code(node, "carrier"),
                OrderWithdrawal.status(OrderStatusText.ofGraphQl(row.text("isClosed")),
                        OrderWithdrawal.Delivery.of(row.text("receiptStatus")),
                        NodeFields.lineStates(node.path("purchaseOrderLines"), line -> OrderWithdrawal.closedFlag(line.text("isClosed")))),
                row.text("orderReference"));
    }

    private List<OrderLine> lines(JsonNode order) {
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode edge : order.path("purchaseOrderLines").path("query").path("edges")) {
            JsonNode node = edge.path("node");
            X3Row line = new X3Row(node);
            X3Row product = new X3Row(node.path("product"));
            BigDecimal quantity = line.decimal("quantityInOrderUnitOrdered");
            BigDecimal stockQuantity = line.decimal("quantityInStockUnitOrdered");
            BigDecimal orderToStock = quantity != null && quantity.signum() > 0 && stockQuantity != null
                    ? stockQuantity.divide(quantity, java.math.MathContext.DECIMAL64) : null;
            LineWeight weight = LineWeight.of(quantity,
                    line.decimal("lineWeight"), NodeFields.code(node, "lineWeightUnit"),
                    product.decimal("weight"), product.text("weightUnit"),
                    stockQuantity, orderToStock);
            lines.add(NodeFields.line(node, quantity, "orderUnit", weight, items));
        }
        return lines;
    }
}
