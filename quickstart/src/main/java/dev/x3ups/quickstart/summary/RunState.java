package dev.x3ups.quickstart.summary;

import dev.x3ups.quickstart.orders.OrderRef;

import java.util.List;
import java.util.Map;

/**
 * Every order of the run with its outcome, what UPS counted for their references, and where the created
 * shipments' labels went (packages printed, packages e-mailed, shipments with neither).
 */
public record RunState(Map<OrderRef, OrderOutcome> outcomes, int shipments, int duplicates, int labelsPrinted,
                       int labelsEmailed, int unlabelled) {

    public RunState {
        outcomes = Map.copyOf(outcomes);
    }

    public int count(OrderOutcome outcome) {
        return (int) outcomes.values().stream().filter(o -> o == outcome).count();
    }

    public boolean settled() {
        return count(OrderOutcome.OPEN) == 0;
    }

    public List<OrderRef> open() {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == OrderOutcome.OPEN)
                .map(Map.Entry::getKey).sorted((a, b) -> a.number().compareTo(b.number())).toList();
    }

    /** The summary as of now: what is still open counts as lost. */
    public RunSummary summary(long elapsedSeconds) {
        return new RunSummary(outcomes.size(), shipments, duplicates, count(OrderOutcome.DELIVERED),
                count(OrderOutcome.FLAGGED), count(OrderOutcome.OPEN), labelsPrinted, labelsEmailed, unlabelled,
                elapsedSeconds, count(OrderOutcome.HELD));
    }
}
