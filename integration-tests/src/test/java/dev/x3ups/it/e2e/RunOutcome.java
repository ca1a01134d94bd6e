package dev.x3ups.it.e2e;

import dev.x3ups.ups.simulator.ship.ReferenceCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a run from the outside, the way the business would: UPS's per-reference shipment counts (the duplicate
 * detector), X3's write-back rows and the UPS sink's dead-letter queue, against the orders the test created.
 */
final class RunOutcome {

    private static final ReferenceCount NONE = new ReferenceCount(0, 0);
    private static final int SHOWN = 15;

    private final List<ExpectedOrder> orders;
    private final Map<String, WriteBack> writeBacks;
    private final Map<String, ReferenceCount> shipments;
    private final Set<String> deadLetterKeys;

    /**
     * @param writeBacks     X3 order number → its write-back row
     * @param shipments      UPS reference (order key) → shipments created and still live
     * @param deadLetterKeys record keys on the UPS sink's dead-letter queue
     */
    RunOutcome(List<ExpectedOrder> orders, Map<String, WriteBack> writeBacks, Map<String, ReferenceCount> shipments,
               Set<String> deadLetterKeys) {
        this.orders = List.copyOf(orders);
        this.writeBacks = Map.copyOf(writeBacks);
        this.shipments = Map.copyOf(shipments);
        this.deadLetterKeys = Set.copyOf(deadLetterKeys);
    }

    /** Every good order delivered and every bad one flagged in X3: nothing more will happen. */
    boolean settled() {
        return orders.stream().allMatch(o -> {
            WriteBack row = writeBacks.get(o.number());
            return row != null && (o.bad() ? row.flaggedWithReason() : row.delivered());
        });
    }

    long delivered() {
        return orders.stream().filter(o -> !o.bad()).filter(o -> row(o).delivered()).count();
    }

    long flagged() {
        return orders.stream().filter(ExpectedOrder::bad).filter(o -> row(o).flaggedWithReason()).count();
    }

    /** Shipments UPS created for the run's orders, voided ones included. */
    long shipmentsCreated() {
        return orders.stream().mapToLong(o -> count(o).created()).sum();
    }

    /** Extra shipments UPS created and that were voided again (an ambiguous ship call shipped twice). */
    long duplicatesVoided() {
        return orders.stream().mapToLong(o -> count(o).created() - count(o).live()).sum();
    }

    /** Good orders without exactly one live shipment, and bad ones UPS shipped anyway. */
    List<String> notShippedOnce() {
        return problems(orders.stream().filter(o -> o.bad() ? count(o).live() != 0 : count(o).live() != 1).toList(),
                o -> count(o).toString());
    }

    /** Orders X3 has no write-back row for: lost somewhere on the way. */
    List<String> lost() {
        return problems(orders.stream().filter(o -> !writeBacks.containsKey(o.number())).toList(), o -> "no YSHIPTRK row");
    }

    List<String> goodNotDelivered() {
        return problems(orders.stream().filter(o -> !o.bad() && writeBacks.containsKey(o.number()))
                .filter(o -> !row(o).delivered()).toList(), o -> row(o).toString());
    }

    List<String> badNotFlagged() {
        return problems(orders.stream().filter(o -> o.bad() && writeBacks.containsKey(o.number()))
                .filter(o -> !row(o).flaggedWithReason()).toList(), o -> row(o).toString());
    }

    List<String> badNotDeadLettered() {
        return problems(orders.stream().filter(ExpectedOrder::bad).filter(o -> !deadLetterKeys.contains(o.key()))
                .toList(), o -> "not on " + Pipeline.UPS_SINK_DLQ);
    }

    /** The one line the run ends with. */
    String summary(Duration elapsed, long webhooksDropped) {
        return String.format("e2e: orders=%d (bad=%d) shipments=%d duplicatesVoided=%d delivered=%d flagged=%d lost=%d"
                        + " webhooksDropped=%d elapsed=%ds",
                orders.size(), orders.stream().filter(ExpectedOrder::bad).count(), shipmentsCreated(),
                duplicatesVoided(), delivered(), flagged(), orders.stream().filter(o -> !writeBacks.containsKey(o.number()))
                        .count(), webhooksDropped, elapsed.toSeconds());
    }

    private WriteBack row(ExpectedOrder order) {
        return writeBacks.getOrDefault(order.number(), new WriteBack("", false, "", ""));
    }

    private ReferenceCount count(ExpectedOrder order) {
        return shipments.getOrDefault(order.key(), NONE);
    }

    /** "count: key (detail), ..." with the first few, so a failure names the orders to look at. */
    private static List<String> problems(List<ExpectedOrder> wrong, java.util.function.Function<ExpectedOrder, String> detail) {
        List<String> shown = new ArrayList<>();
        wrong.stream().limit(SHOWN).forEach(o -> shown.add(o.key() + (o.bad() ? " [bad] " : " ") + detail.apply(o)));
        if (wrong.size() > SHOWN) {
            shown.add("… and " + (wrong.size() - SHOWN) + " more");
        }
        return shown;
    }
}
