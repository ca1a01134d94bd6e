package dev.x3ups.x3.client.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.mapping.LineWeight;
import dev.x3ups.x3.client.mapping.OrderStatusText;
import dev.x3ups.x3.client.mapping.OrderWithdrawal;
import dev.x3ups.x3.client.mapping.X3Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code x3Sales.salesOrder} nodes: shipping site to the customer's delivery address. */
final class SalesOrderNodes implements OrderNodeMapper {

    private final ItemMasterConfig items;
    private final WriteBackLookup writeBack;

    SalesOrderNodes() {
        this(ItemMasterConfig.DEFAULT);
    }

    SalesOrderNodes(ItemMasterConfig items) {
        this(items, WriteBackLookup.DISABLED);
    }

    /** @param writeBack which node properties hold what the X3 sink wrote (selected with the page) */
    SalesOrderNodes(ItemMasterConfig items, WriteBackLookup writeBack) {
        this.items = items;
        this.writeBack = writeBack;
    }

    @Override
    public OrderKind kind() {
        return OrderKind.SALES;
    }

    @Override
    public String packageName() {
        return "x3Sales";
    }

    @Override
    public String nodeName() {
        return "salesOrder";
    }

    @Override
    public String selection() {
        return """
                id _updateStamp orderStatus deliveryStatus customerOrderReference totalAmountIncludingTax
                shippingSite { code } soldToCustomer { code name }
                shipToCustomerCompanyNames shipToCustomerAddressLines shipToCustomerCity
                shipToCustomerPostalCode shipToCustomerState shipToCustomerCountry { code }
                shipToCustomerContact { name telephone email }
                deliveryMode { code } carrier { code } currency { code }
                lines { query(first: 1000) { edges { node {
                  lineNumber lineStatus productDescription quantityInSalesUnitOrdered salesUnit { code }
                  salesUnitToStockUnitConversionFactor quantityInStockUnitOrdered
                  lineWeight lineWeightUnit { code } netPrice
                  product { %s } } } } }""".formatted(NodeFields.product(items))
                + writeBack.graphQlProperties().stream().map(p -> " " + p).collect(Collectors.joining());
    }

    @Override
    public Order map(String folder, JsonNode node) {
        X3Row row = new X3Row(node);
        String number = NodeFields.require(row.text("id"), "id");
        List<String> names = row.dimensioned("shipToCustomerCompanyNames");
        JsonNode contact = node.path("shipToCustomerContact");
        String firstName = names.isEmpty() ? null : names.get(0);
        String contactName = NodeFields.text(contact, "name");
        Address shipTo = new Address(
                firstName != null ? firstName : NodeFields.text(node.path("soldToCustomer"), "name"),
                contactName != null ? contactName : names.size() > 1 ? names.get(1) : null,
                NodeFields.text(contact, "telephone"),
                NodeFields.text(contact, "email"),
                NodeFields.addressLines(row.dimensioned("shipToCustomerAddressLines")),
                row.text("shipToCustomerCity"),
                row.text("shipToCustomerState"),
                row.text("shipToCustomerPostalCode"),
                NodeFields.country(NodeFields.code(node, "shipToCustomerCountry")),
                false);
        return new Order(OrderKind.SALES, folder, number,
                NodeFields.code(node, "shippingSite"),
                NodeFields.require(row.instant("_updateStamp"), "_updateStamp of sales order " + number),
                NodeFields.code(node, "soldToCustomer"),
                null,
                shipTo,
                lines(node),
                row.decimal("totalAmountIncludingTax"),
                NodeFields.code(node, "currency"),
                NodeFields.code(node, "deliveryMode"),
                NodeFields.code(node, "carrier"),
                OrderWithdrawal.status(OrderStatusText.ofGraphQl(row.text("orderStatus")),
                        OrderWithdrawal.Delivery.of(row.text("deliveryStatus")),
                        NodeFields.lineStates(node.path("lines"), line -> OrderWithdrawal.lineStatusClosed(line.text("lineStatus")))),
                row.text("customerOrderReference")).withWriteBack(writeBack(row));
    }

    /** What the X3 sink wrote to the node's write-back properties; null when nothing (or none selected). */
    private WriteBack writeBack(X3Row row) {
        if (!writeBack.enabled()) {
            return null;
        }
        List<String> numbers = writeBack.graphQlTrackingNumbersProperty() == null ? List.of()
                : row.dimensioned(writeBack.graphQlTrackingNumbersProperty()).stream()
                        .filter(n -> n != null && !n.isBlank()).toList();
        String digest = writeBack.graphQlDigestProperty() == null ? null : row.text(writeBack.graphQlDigestProperty());
        return numbers.isEmpty() && digest == null ? null : new WriteBack(numbers, digest, null);
    }

    private List<OrderLine> lines(JsonNode order) {
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode edge : order.path("lines").path("query").path("edges")) {
            JsonNode node = edge.path("node");
            X3Row line = new X3Row(node);
            X3Row product = new X3Row(node.path("product"));
            BigDecimal quantity = line.decimal("quantityInSalesUnitOrdered");
            LineWeight weight = LineWeight.of(quantity,
                    line.decimal("lineWeight"), NodeFields.code(node, "lineWeightUnit"),
                    product.decimal("weight"), product.text("weightUnit"),
                    line.decimal("quantityInStockUnitOrdered"), line.decimal("salesUnitToStockUnitConversionFactor"));
            lines.add(NodeFields.line(node, quantity, "salesUnit", weight, items));
        }
        return lines;
    }
}
