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
 * if the ledger never heard of it. Each created shipment's packages are looked up at the printers and in UPS's
 * label e-mails.
 */
public final class RunAssessor {

    private final String folder;
    private final UpsView ups;
    private final OutcomeClassifier classifier;
    private final LabelView labels;

    public RunAssessor(String folder, UpsView ups, LabelView labels) {
        this.folder = folder;
        this.ups = ups;
        this.labels = labels;
        this.classifier = new OutcomeClassifier(ups);
    }

    public RunState assess(List<OrderRef> orders, Map<String, LedgerEntry> ledger,
                           Map<String, WriteBack> writeBacks) {
        Map<OrderRef, OrderOutcome> outcomes = new LinkedHashMap<>();
        Set<String> references = new HashSet<>();
        LabelCount count = new LabelCount();
        for (OrderRef order : orders) {
            LedgerEntry entry = ledger.get(order.key(folder));
            outcomes.put(order, classifier.classify(entry, writeBacks.get(order.number())));
            if (entry != null && entry.reference() != null && !entry.reference().isBlank()) {
                references.add(entry.reference());
            }
            if (entry != null && entry.created()) {
                count.add(entry.trackingNumbers());
            }
        }
        int shipments = 0;
        int duplicates = 0;
        for (String reference : references) {
            shipments += ups.live(reference);
            duplicates += Math.max(0, ups.created(reference) - 1);
        }
        return new RunState(outcomes, shipments, duplicates, count.printed, count.emailed, count.unlabelled);
    }

    /** Packages printed / e-mailed, and created shipments none of whose packages was either. */
    private final class LabelCount {
        private int printed;
        private int emailed;
        private int unlabelled;

        void add(List<String> trackingNumbers) {
            int before = printed + emailed;
            for (String number : trackingNumbers) {
                if (labels.printed().test(number)) {
                    printed++;
                } else if (labels.emailed().test(number)) {
                    emailed++;
                }
            }
            if (printed + emailed == before) {
                unlabelled++;
            }
        }
    }
}
