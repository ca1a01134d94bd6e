package dev.x3ups.labels.printer.spool;

import dev.x3ups.records.LabelDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The waiting documents of one shipment, kept in package order (and, within a package, label before the customs
 * forms), however they arrived.
 */
final class ShipmentJob {
    private static final Comparator<SpooledDocument> PACKAGE_ORDER = Comparator
            .comparingInt((SpooledDocument d) -> d.document().packageSequence())
            .thenComparing(d -> d.document().kind());

    private final String shipmentKey;
    private final List<SpooledDocument> documents = new ArrayList<>();

    ShipmentJob(String shipmentKey) {
        this.shipmentKey = shipmentKey;
    }

    String shipmentKey() {
        return shipmentKey;
    }

    void add(SpooledDocument document) {
        int at = documents.size();
        while (at > 0 && PACKAGE_ORDER.compare(documents.get(at - 1), document) > 0) {
            at--;
        }
        documents.add(at, document);
    }

    /** Removes the documents of {@code trackingNumber}; returns how many. */
    int withdraw(String trackingNumber) {
        int before = documents.size();
        documents.removeIf(d -> d.document().trackingNumber().equals(trackingNumber));
        return before - documents.size();
    }

    List<SpooledDocument> documents() {
        return documents;
    }

    List<LabelDocument> labelDocuments() {
        return documents.stream().map(SpooledDocument::document).toList();
    }

    long bytes() {
        return documents.stream().mapToLong(d -> d.document().imageSize()).sum();
    }

    boolean isEmpty() {
        return documents.isEmpty();
    }
}
