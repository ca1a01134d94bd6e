package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.ItemMasterConfig;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The api1 order row mapping, written once: sales and purchase rows carry the same values under the
 * field names of their {@link Layout}, and differ only in where their two addresses come from.
 */
public abstract sealed class OrderRows implements OrderRowMapper permits SalesOrderRows, PurchaseOrderRows {

    /**
     * The field names of one order class.
     *
     * @param statusText turns the class's status field into the topic's OPEN / CLOSED
     * @param delivery   the delivery (receipt) progress field, which tells a cancellation from a completion
     * @param lineClosed whether X3 closed a line
     */
    record Layout(OrderKind kind, String number, String lines, String site, String party, String total,
                  String status, UnaryOperator<String> statusText, String reference, OrderLineFields lineFields,
                  String delivery, Predicate<X3Row> lineClosed) {
    }

    private final Layout layout;
    private final ItemMasterConfig items;

    OrderRows(Layout layout, ItemMasterConfig items) {
        this.layout = layout;
        this.items = items;
    }

    @Override
    public final OrderKind kind() {
        return layout.kind();
    }

    @Override
    public final String numberField() {
        return layout.number();
    }

    @Override
    public final String linesCollection() {
        return layout.lines();
    }

    /** Where the item master's customs values are found on each line. */
    public final ItemMasterConfig items() {
        return items;
    }

    @Override
    public final Order map(String folder, JsonNode node) {
        X3Row row = new X3Row(node);
        String number = RowFields.require(row.text(layout.number()), layout.number());
        Instant revision = RowFields.require(row.instant("UPDDATTIM"),
                "UPDDATTIM of " + layout.kind().name().toLowerCase(java.util.Locale.ROOT) + " order " + number);
        JsonNode lines = lines(node);
        return new Order(layout.kind(), folder, number,
                row.text(layout.site()),
                revision,
                row.text(layout.party()),
                shipFrom(row),
                shipTo(row),
                layout.lineFields().map(lines, items),
                row.decimal(layout.total()),
                row.text("CUR"),
                row.text("MDL"),
                row.text("BPTNUM"),
                OrderWithdrawal.status(layout.statusText().apply(row.text(layout.status())),
                        OrderWithdrawal.Delivery.of(row.text(layout.delivery())), lineStates(lines)),
                row.text(layout.reference()));
    }

    private OrderWithdrawal.Lines lineStates(JsonNode lines) {
        if (lines == null) {
            return null;
        }
        int closed = 0;
        for (JsonNode line : lines) {
            closed += layout.lineClosed().test(new X3Row(line)) ? 1 : 0;
        }
        return new OrderWithdrawal.Lines(lines.size(), closed);
    }

    /** Where the goods leave from, null when the UPS sink knows it (a shipping site). */
    abstract Address shipFrom(X3Row row);

    abstract Address shipTo(X3Row row);
}
