package dev.x3ups.x3.client.rest;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.SelectionQuery;
import dev.x3ups.x3.client.SelectionQuery.Criterion;
import dev.x3ups.x3.client.SelectionQuery.FieldNames;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The api1 {@code where} clause of an incremental order poll: updated at or after a moment, plus the
 * qualifying selection. Every part is parenthesised so a free clause with {@code or} cannot widen the
 * selection.
 */
public final class WhereClause {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** X3 field names of the selection criteria, per kind of order. */
    private static final Map<OrderKind, FieldNames> FIELDS = Map.of(
            OrderKind.SALES, new FieldNames("ORDSTA", "MDL", "BPTNUM", "STOFCY"),
            OrderKind.PURCHASE, new FieldNames("CLEFLG", "MDL", "BPTNUM", "RCPFCY"));

    /** Closed while nothing was delivered (received), per kind of order; see OrderWithdrawal. */
    private static final Map<OrderKind, String> WITHDRAWN = Map.of(
            OrderKind.SALES, "ORDSTA eq 2 and DLVSTA eq 1",
            OrderKind.PURCHASE, "CLEFLG eq 2 and RCPFLG eq 1");

    private WhereClause() {
    }

    public static String of(OrderKind kind, Instant since, OrderSelection selection) {
        return String.join(" and ", SelectionQuery.parts(selection, since, new Api1Syntax(FIELDS.get(kind), WITHDRAWN.get(kind))));
    }

    private record Api1Syntax(FieldNames fields, String withdrawn) implements SelectionQuery.Syntax {
        @Override
        public String updatedSince(Instant since) {
            return "(UPDDATTIM ge @" + since + "@)";
        }

        /** Statuses are menu numbers, written bare; codes are always quoted. */
        @Override
        public String in(Criterion criterion, List<String> values) {
            String list = values.stream()
                    .map(v -> criterion == Criterion.STATUS && NUMBER.matcher(v).matches() ? v : quote(v))
                    .collect(Collectors.joining(","));
            return "(" + fields.of(criterion) + " in (" + list + "))";
        }

        @Override
        public String free(String where) {
            return "(" + where + ")";
        }

        @Override
        public String withdrawnSince(Instant since) {
            return "(" + withdrawn + " and UPDDATTIM ge @" + since + "@)";
        }

        @Override
        public String either(String one, String other) {
            return "(" + one + " or " + other + ")";
        }
    }

    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
