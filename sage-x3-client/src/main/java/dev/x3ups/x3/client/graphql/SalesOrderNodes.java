package dev.x3ups.x3.client.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
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

/** {@code x3Sales.salesOrder} nodes: shipping site to the customer's delivery address. */
final class SalesOrderNodes implements OrderNodeMapper {

    private final ItemMasterConfig items;

    SalesOrderNodes() {
        this(ItemMasterConfig.DEFAULT);
    }

    SalesOrderNodes(ItemMasterConfig items) {
        this.items = items;
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
                  product { %s } } } } }""".formatted(NodeFields.product(items));
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
                row.text("customerOrderReference"));
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
