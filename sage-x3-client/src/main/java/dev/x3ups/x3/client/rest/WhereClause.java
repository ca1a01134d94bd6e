package dev.x3ups.x3.client.rest;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderSelection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The api1 {@code where} clause of an incremental order poll: updated at or after a moment, plus the
 * qualifying selection. Every part is parenthesised so a free clause with {@code or} cannot widen the
 * selection.
 */
public final class WhereClause {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private WhereClause() {
    }

    /** X3 field names of the selection criteria, per kind of order. */
    record Fields(String status, String deliveryMode, String carrier, String site) {
        static Fields of(OrderKind kind) {
            return kind == OrderKind.SALES
                    ? new Fields("ORDSTA", "MDL", "BPTNUM", "STOFCY")
                    : new Fields("CLEFLG", "MDL", "BPTNUM", "RCPFCY");
        }
    }

    public static String of(OrderKind kind, Instant since, OrderSelection selection) {
        Fields fields = Fields.of(kind);
        List<String> parts = new ArrayList<>();
        // X3 keeps seconds; rounding down keeps the bound inclusive
        parts.add("(UPDDATTIM ge @" + since.truncatedTo(ChronoUnit.SECONDS) + "@)");
        in(parts, fields.status(), selection.statuses(), false);
        in(parts, fields.deliveryMode(), selection.deliveryModes(), true);
        in(parts, fields.carrier(), selection.carriers(), true);
        in(parts, fields.site(), selection.sites(), true);
        if (selection.where() != null && !selection.where().isBlank()) {
            parts.add("(" + selection.where().strip() + ")");
        }
        return String.join(" and ", parts);
    }

    private static void in(List<String> parts, String field, Collection<String> values, boolean alwaysQuote) {
        if (values.isEmpty()) {
            return;
        }
        // sorted so the same selection always gives the same URL
        String list = values.stream().sorted()
                .map(v -> !alwaysQuote && NUMBER.matcher(v).matches() ? v : quote(v))
                .collect(Collectors.joining(","));
        parts.add("(" + field + " in (" + list + "))");
    }

    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
