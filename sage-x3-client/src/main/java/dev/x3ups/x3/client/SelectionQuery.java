package dev.x3ups.x3.client;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The parts of an incremental order query, the same for every transport: updated at or after a moment
 * (to the second: X3 keeps seconds, and rounding down keeps the bound inclusive), then each criterion of
 * the {@link OrderSelection} that is set, and the free filter last. A transport writes each part in its
 * own syntax and joins them all with "and", so a free filter cannot widen the selection.
 */
public final class SelectionQuery {

    public enum Criterion { STATUS, DELIVERY_MODE, CARRIER, SITE }

    /** A transport's names of the criteria for one kind of order. */
    public record FieldNames(String status, String deliveryMode, String carrier, String site) {
        public String of(Criterion criterion) {
            return switch (criterion) {
                case STATUS -> status;
                case DELIVERY_MODE -> deliveryMode;
                case CARRIER -> carrier;
                case SITE -> site;
            };
        }
    }

    /** How a transport writes each part. */
    public interface Syntax {
        String updatedSince(Instant since);

        /** {@code values} is never empty and is sorted, so the same selection always gives the same query. */
        String in(Criterion criterion, List<String> values);

        String free(String where);

        /** Orders closed before anything was delivered (withdrawn), updated at or after {@code since}. */
        String withdrawnSince(Instant since);

        /** Either part. */
        String either(String one, String other);
    }

    private SelectionQuery() {
    }

    public static List<String> parts(OrderSelection selection, Instant since, Syntax syntax) {
        List<String> parts = new ArrayList<>();
        parts.add(syntax.updatedSince(since.truncatedTo(ChronoUnit.SECONDS)));
        statuses(parts, syntax, selection);
        in(parts, syntax, Criterion.DELIVERY_MODE, selection.deliveryModes());
        in(parts, syntax, Criterion.CARRIER, selection.carriers());
        in(parts, syntax, Criterion.SITE, selection.sites());
        if (selection.where() != null && !selection.where().isBlank()) {
            parts.add(syntax.free(selection.where().strip()));
        }
        return parts;
    }

    /**
     * The status criterion; withdrawn orders pass it from {@code cancellationsSince} on, so an order closed
     * after it was shipped is read once more and its shipment voided.
     */
    private static void statuses(List<String> parts, Syntax syntax, OrderSelection selection) {
        if (selection.statuses().isEmpty()) {
            return;
        }
        String in = syntax.in(Criterion.STATUS, selection.statuses().stream().sorted().toList());
        parts.add(selection.cancellationsSince() == null ? in
                : syntax.either(in, syntax.withdrawnSince(selection.cancellationsSince().truncatedTo(ChronoUnit.SECONDS))));
    }

    private static void in(List<String> parts, Syntax syntax, Criterion criterion, Collection<String> values) {
        if (!values.isEmpty()) {
            parts.add(syntax.in(criterion, values.stream().sorted().toList()));
        }
    }
}
