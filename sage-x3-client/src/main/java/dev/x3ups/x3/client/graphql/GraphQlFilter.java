package dev.x3ups.x3.client.graphql;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderSelection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code filter} string of an incremental order query: {@code _updateStamp _gte} the moment, and
 * the selection, all inside one {@code _and} so a free filter cannot widen it.
 */
public final class GraphQlFilter {
    /** Status menu numbers (as configured for api1) to GraphQL enum names. */
    private static final Map<OrderKind, Map<String, String>> STATUS_NAMES = Map.of(
            OrderKind.SALES, Map.of("1", "open", "2", "closed"),
            OrderKind.PURCHASE, Map.of("1", "no", "2", "yes"));

    private GraphQlFilter() {
    }

    /** GraphQL property names of the selection criteria, per kind of order. */
    record Fields(String status, String deliveryMode, String carrier, String site) {
        static Fields of(OrderKind kind) {
            return kind == OrderKind.SALES
                    ? new Fields("orderStatus", "deliveryMode", "carrier", "shippingSite")
                    : new Fields("isClosed", "deliveryMode", "carrier", "receiptSite");
        }
    }

    public static String of(OrderKind kind, Instant since, OrderSelection selection) {
        Fields fields = Fields.of(kind);
        List<String> parts = new ArrayList<>();
        parts.add("{_updateStamp: {_gte: " + quote(since.truncatedTo(ChronoUnit.SECONDS).toString()) + "}}");
        if (!selection.statuses().isEmpty()) {
            Map<String, String> names = STATUS_NAMES.get(kind);
            parts.add("{" + fields.status() + ": {_in: "
                    + list(selection.statuses().stream().map(s -> names.getOrDefault(s, s)).toList()) + "}}");
        }
        code(parts, fields.deliveryMode(), selection.deliveryModes());
        code(parts, fields.carrier(), selection.carriers());
        code(parts, fields.site(), selection.sites());
        if (selection.where() != null && !selection.where().isBlank()) {
            parts.add(selection.where().strip());
        }
        return "{_and: [" + String.join(", ", parts) + "]}";
    }

    private static void code(List<String> parts, String reference, Collection<String> values) {
        if (!values.isEmpty()) {
            parts.add("{" + reference + ": {code: {_in: " + list(values) + "}}}");
        }
    }

    private static String list(Collection<String> values) {
        return values.stream().sorted().map(GraphQlFilter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
