package dev.x3ups.x3.client.graphql;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.SelectionQuery;
import dev.x3ups.x3.client.SelectionQuery.Criterion;
import dev.x3ups.x3.client.SelectionQuery.FieldNames;
import java.time.Instant;
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
    /** GraphQL property names of the selection criteria, per kind of order. */
    private static final Map<OrderKind, FieldNames> FIELDS = Map.of(
            OrderKind.SALES, new FieldNames("orderStatus", "deliveryMode", "carrier", "shippingSite"),
            OrderKind.PURCHASE, new FieldNames("isClosed", "deliveryMode", "carrier", "receiptSite"));

    /** Closed while nothing was delivered (received), per kind of order; see OrderWithdrawal. */
    private static final Map<OrderKind, String> WITHDRAWN = Map.of(
            OrderKind.SALES, "{orderStatus: {_eq: 'closed'}}, {deliveryStatus: {_eq: 'notDelivered'}}",
            OrderKind.PURCHASE, "{isClosed: {_eq: 'yes'}}, {receiptStatus: {_eq: 'notReceived'}}");

    private GraphQlFilter() {
    }

    public static String of(OrderKind kind, Instant since, OrderSelection selection) {
        List<String> parts = SelectionQuery.parts(selection, since,
                new GraphQlSyntax(FIELDS.get(kind), STATUS_NAMES.get(kind), WITHDRAWN.get(kind)));
        return "{_and: [" + String.join(", ", parts) + "]}";
    }

    private record GraphQlSyntax(FieldNames fields, Map<String, String> statusNames, String withdrawn)
            implements SelectionQuery.Syntax {
        @Override
        public String updatedSince(Instant since) {
            return "{_updateStamp: {_gte: " + quote(since.toString()) + "}}";
        }

        /** Statuses are enum values of the node; the other criteria are references, matched on their code. */
        @Override
        public String in(Criterion criterion, List<String> values) {
            if (criterion == Criterion.STATUS) {
                return "{" + fields.status() + ": {_in: "
                        + list(values.stream().map(s -> statusNames.getOrDefault(s, s)).toList()) + "}}";
            }
            return "{" + fields.of(criterion) + ": {code: {_in: " + list(values) + "}}}";
        }

        @Override
        public String free(String where) {
            return where;
        }

        @Override
        public String withdrawnSince(Instant since) {
            return "{_and: [" + withdrawn + ", " + updatedSince(since) + "]}";
        }

        @Override
        public String either(String one, String other) {
            return "{_or: [" + one + ", " + other + "]}";
        }
    }

    private static String list(Collection<String> values) {
        return values.stream().sorted().map(GraphQlFilter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
