package dev.x3ups.labels.printer.cli;

import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of {@code ups.labels} that still stand, read in topic order: the latest record of each tracking
 * number and kind, minus the tracking numbers a void withdrew.
 */
final class CurrentDocuments {
    private final Map<String, Map<DocumentKind, LabelDocument>> byTracking = new LinkedHashMap<>();

    void accept(LabelDocument document) {
        if (document.voided()) {
            byTracking.remove(document.trackingNumber());
            return;
        }
        byTracking.computeIfAbsent(document.trackingNumber(), t -> new LinkedHashMap<>()).put(document.kind(), document);
    }

    /**
     * The standing documents of the order {@code orderKey} (or, when it is null, of the tracking number
     * {@code trackingNumber}), one list per shipment, each in package order.
     */
    List<List<LabelDocument>> select(String orderKey, String trackingNumber) {
        Map<String, List<LabelDocument>> shipments = new LinkedHashMap<>();
        byTracking.values().stream().flatMap(kinds -> kinds.values().stream())
                .filter(d -> orderKey != null ? d.orderKey().equals(orderKey) : d.trackingNumber().equals(trackingNumber))
                .forEach(d -> shipments.computeIfAbsent(d.shipmentKey(), k -> new ArrayList<>()).add(d));
        List<List<LabelDocument>> result = new ArrayList<>();
        shipments.values().forEach(documents -> result.add(documents.stream()
                .sorted(Comparator.comparingInt(LabelDocument::packageSequence).thenComparing(LabelDocument::kind))
                .toList()));
        return result;
    }
}
