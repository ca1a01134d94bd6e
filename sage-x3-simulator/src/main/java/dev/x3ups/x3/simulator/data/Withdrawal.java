package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * How an X3 user withdraws an order or part of it: closes the order (sales {@code ORDSTA} 2, purchase
 * {@code CLEFLG} 2; the delivery or receipt status stays what it was), closes one line (sales
 * {@code SOQSTA} 3; purchase {@code LINCLEFLG} 2 and {@code LINSTA} 3) or removes one line. Each stamps
 * the order's UPDDATTIM, as X3 does when the order is saved. The header follows its lines as X3 keeps it:
 * closing the last open line closes the order, removing a line takes its weight off the header's total.
 */
final class Withdrawal {

    private Withdrawal() {
    }

    static OrderRecord close(OrderRecord order, Instant now) {
        return order.with(Map.of(order.kind() == OrderKind.SALES ? "ORDSTA" : "CLEFLG", 2), now);
    }

    static OrderRecord closeLine(OrderRecord order, int lineNumber, Instant now) {
        find(order, lineNumber);
        Map<String, Object> closed = order.kind() == OrderKind.SALES ? Map.of("SOQSTA", 3)
                : Map.of("LINCLEFLG", 2, "LINSTA", 3);
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            if (isLine(order, line, lineNumber)) {
                Map<String, Object> values = new LinkedHashMap<>(line.values());
                values.putAll(closed);
                line = new OrderLine(line.uuid(), values);
            }
            lines.add(line);
        }
        return closedWhenNoLineIsOpen(order.withLines(lines, now), now);
    }

    private static OrderRecord closedWhenNoLineIsOpen(OrderRecord order, Instant now) {
        boolean open = order.lines().stream().anyMatch(line -> !closed(order.kind(), line));
        return open || order.lines().isEmpty() ? order : close(order, now);
    }

    private static boolean closed(OrderKind kind, OrderLine line) {
        Object status = line.get(kind == OrderKind.SALES ? "SOQSTA" : "LINCLEFLG");
        return status instanceof Number n && n.intValue() == (kind == OrderKind.SALES ? 3 : 2);
    }

    static OrderRecord removeLine(OrderRecord order, int lineNumber, Instant now) {
        find(order, lineNumber);
        OrderLine removed = order.lines().stream().filter(l -> isLine(order, l, lineNumber)).findFirst().orElseThrow();
        OrderRecord next = order.withLines(
                order.lines().stream().filter(l -> !isLine(order, l, lineNumber)).toList(), now);
        String total = order.kind() == OrderKind.SALES ? "DSPTOTWEI" : "TOTLINWEI";
        Object lineWeight = removed.get(order.kind() == OrderKind.SALES ? "DSPLINWEI" : "QTYWEU");
        if (order.header().get(total) instanceof BigDecimal sum && lineWeight instanceof BigDecimal weight) {
            next = next.with(Map.of(total, sum.subtract(weight).max(BigDecimal.ZERO)), now);
        }
        return closedWhenNoLineIsOpen(next, now);
    }

    private static void find(OrderRecord order, int lineNumber) {
        if (order.lines().stream().noneMatch(l -> isLine(order, l, lineNumber))) {
            throw new NoSuchElementException("order " + order.number() + " has no line " + lineNumber);
        }
    }

    private static boolean isLine(OrderRecord order, OrderLine line, int lineNumber) {
        Object number = line.get(order.kind() == OrderKind.SALES ? "SOPLIN" : "POPLIN");
        return number instanceof Number n && n.intValue() == lineNumber;
    }
}
