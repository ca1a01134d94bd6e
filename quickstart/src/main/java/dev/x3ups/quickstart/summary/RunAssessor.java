package dev.x3ups.quickstart.summary;

import dev.x3ups.quickstart.orders.OrderRef;
import dev.x3ups.quickstart.pipeline.LedgerEntry;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the run's orders with the ledger, X3's write-backs and UPS. Shipments and duplicates are counted
 * by UPS for the reference each order was shipped with, so a second shipment for an order shows even
 * if the ledger never heard of it.
 */
public final class RunAssessor {

    private final String folder;
    private final UpsView ups;
    private final OutcomeClassifier classifier;

    public RunAssessor(String folder, UpsView ups) {
        this.folder = folder;
        this.ups = ups;
        this.classifier = new OutcomeClassifier(ups);
    }

    public RunState assess(List<OrderRef> orders, Map<String, LedgerEntry> ledger,
                           Map<String, WriteBack> writeBacks) {
        Map<OrderRef, OrderOutcome> outcomes = new LinkedHashMap<>();
        Set<String> references = new HashSet<>();
        for (OrderRef order : orders) {
            LedgerEntry entry = ledger.get(order.key(folder));
            outcomes.put(order, classifier.classify(entry, writeBacks.get(order.number())));
            if (entry != null && entry.reference() != null && !entry.reference().isBlank()) {
                references.add(entry.reference());
            }
        }
        int shipments = 0;
        int duplicates = 0;
        for (String reference : references) {
            shipments += ups.live(reference);
            duplicates += Math.max(0, ups.created(reference) - 1);
        }
        return new RunState(outcomes, shipments, duplicates);
    }
}
