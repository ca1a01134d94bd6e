package dev.x3ups.x3.client.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Dimensions;
import dev.x3ups.records.OrderLine;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.mapping.CountryCodes;
import dev.x3ups.x3.client.mapping.LineWeight;
import dev.x3ups.x3.client.mapping.OrderWithdrawal;
import dev.x3ups.x3.client.mapping.X3Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Reading conventions shared by the GraphQL order node mappers. */
final class NodeFields {
    private static final String PRODUCT = "code description weight weightUnit yLength yWidth yHeight yDimensionUnit";
    /** The product's item category (ITMMASTER.TCLCOD). */
    static final String FAMILY = "productCategory";
    static final String PARTY_ADDRESS =
            "companyNames addressLines zipCode city state country { code } telephone email";

    private NodeFields() {
    }

    /**
     * The product selection: weights, dimensions and the customs properties the folder keeps. X3 resolves
     * the product reference within the order query, so the item master costs no read of its own here.
     */
    static String product(ItemMasterConfig items) {
        StringBuilder selection = new StringBuilder(PRODUCT);
        if (items.commodityCodeProperty() != null) {
            selection.append(' ').append(items.commodityCodeProperty());
        }
        if (items.originCountryProperty() != null) {
            selection.append(' ').append(items.originCountryProperty());
        }
        return selection.append(' ').append(FAMILY).append(" { code }").toString();
    }

    /**
     * A sales or purchase line node: they differ only in their quantity and unit properties, and in how
     * the caller works out the weight.
     */
    static OrderLine line(JsonNode node, BigDecimal quantity, String unitReference, LineWeight weight,
                          ItemMasterConfig items) {
        X3Row line = new X3Row(node);
        X3Row product = new X3Row(node.path("product"));
        return new OrderLine(
                lineNumber(line),
                product.text("code"),
                line.text("productDescription") != null ? line.text("productDescription") : product.text("description"),
                quantity,
                code(node, unitReference),
                weight.unitWeight(), weight.lineWeight(), weight.unit(),
                dimensions(product),
                line.positive("netPrice"),
                items.commodityCodeProperty() == null ? null : product.text(items.commodityCodeProperty()),
                items.originCountryProperty() == null ? null
                        : CountryCodes.alpha2(product.text(items.originCountryProperty())),
                code(node.path("product"), FAMILY));
    }

    static String text(JsonNode node, String field) {
        return new X3Row(node).text(field);
    }

    /** {@code node.reference.code}, or null. */
    static String code(JsonNode node, String reference) {
        return text(node.path(reference), "code");
    }

    static List<String> addressLines(List<String> values) {
        return values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).limit(3).toList();
    }

    static String country(String code) {
        return code == null ? "" : code;
    }

    static int lineNumber(X3Row line) {
        BigDecimal number = line.decimal("lineNumber");
        return number == null ? 0 : number.intValue();
    }

    static Dimensions dimensions(X3Row product) {
        BigDecimal length = product.positive("yLength");
        BigDecimal width = product.positive("yWidth");
        BigDecimal height = product.positive("yHeight");
        String unit = product.text("yDimensionUnit");
        return length == null || width == null || height == null || unit == null
                ? null : new Dimensions(length, width, height, unit);
    }

    /** A {@code PartyAddress}; {@code fallbackName} when it carries no company name. */
    static Address partyAddress(JsonNode address, String fallbackName) {
        X3Row row = new X3Row(address);
        List<String> names = row.dimensioned("companyNames");
        String name = names.isEmpty() || names.get(0) == null ? fallbackName : names.get(0);
        return new Address(name,
                names.size() > 1 ? names.get(1) : null,
                row.text("telephone"),
                row.text("email"),
                addressLines(row.dimensioned("addressLines")),
                row.text("city"),
                row.text("state"),
                row.text("zipCode"),
                country(code(address, "country")),
                false);
    }

    /** The lines of a {@code lines { query { edges } } } connection, null when the node does not carry it. */
    static OrderWithdrawal.Lines lineStates(JsonNode connection, Predicate<X3Row> closed) {
        JsonNode edges = connection.path("query").path("edges");
        if (!edges.isArray()) {
            return null;
        }
        int closedLines = 0;
        for (JsonNode edge : edges) {
            closedLines += closed.test(new X3Row(edge.path("node"))) ? 1 : 0;
        }
        return new OrderWithdrawal.Lines(edges.size(), closedLines);
    }

    static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("X3 node has no " + what);
        }
        return value;
    }
}
