package dev.x3ups.ups.sink.labels;

import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.ups.client.ship.ShippingDocument;
import dev.x3ups.ups.client.ship.ShippingLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns the package labels UPS returned (base64, one per tracking number) into {@code ups.labels} documents:
 * package n of m follows the shipment's tracking numbers, the site is the one whose printer gets them.
 */
final class ShipmentDocuments {
    private final String orderKey;
    private final String site;
    private final String shipmentId;
    private final List<String> trackingNumbers;
    private final DocumentFormat defaultFormat;

    ShipmentDocuments(String orderKey, String site, String shipmentId, List<String> trackingNumbers,
                      DocumentFormat defaultFormat) {
        this.orderKey = orderKey;
        this.site = site;
        this.shipmentId = shipmentId;
        this.trackingNumbers = List.copyOf(trackingNumbers);
        this.defaultFormat = defaultFormat;
    }

    /** One label per package of the shipment, in package order; a label for a number not in the shipment is left out. */
    List<LabelDocument> labels(Collection<ShippingLabel> labels, Instant at) {
        List<LabelDocument> documents = new ArrayList<>();
        for (ShippingLabel label : labels) {
            int index = trackingNumbers.indexOf(label.trackingNumber());
            if (index < 0 || label.base64Image() == null
                    || documents.stream().anyMatch(d -> d.trackingNumber().equals(label.trackingNumber()))) {
                continue;
            }
            documents.add(new LabelDocument(label.trackingNumber(), orderKey, site, index + 1,
                    trackingNumbers.size(), DocumentKind.LABEL, format(label.format()),
                    Base64.getMimeDecoder().decode(label.base64Image()), shipmentId, at, false));
        }
        documents.sort(Comparator.comparingInt(LabelDocument::packageSequence));
        return documents;
    }

    /**
     * The forms UPS returned as images (form code 01: the international forms, i.e. the commercial invoice),
     * keyed by the shipment's first tracking number so the printer keeps them with the shipment, after its
     * labels. A form without an image is left out.
     */
    List<LabelDocument> forms(Collection<ShippingDocument> forms, Instant at) {
        List<LabelDocument> documents = new ArrayList<>();
        if (trackingNumbers.isEmpty()) {
            return documents;
        }
        for (ShippingDocument form : forms) {
            if (form.base64Image() == null || form.base64Image().isBlank()) {
                continue;
            }
            DocumentKind kind = "01".equals(form.kind()) ? DocumentKind.COMMERCIAL_INVOICE : DocumentKind.OTHER;
            documents.add(new LabelDocument(trackingNumbers.get(0), orderKey, site, trackingNumbers.size(),
                    trackingNumbers.size(), kind, format(form.format()),
                    Base64.getMimeDecoder().decode(form.base64Image()), shipmentId, at, false));
        }
        return documents;
    }

    /** Void records withdrawing every package of the shipment from the printers. */
    List<LabelDocument> voids(Instant at) {
        List<LabelDocument> documents = new ArrayList<>();
        for (int i = 0; i < trackingNumbers.size(); i++) {
            documents.add(LabelDocument.voiding(new LabelDocument(trackingNumbers.get(i), orderKey, site, i + 1,
                    trackingNumbers.size(), DocumentKind.LABEL, defaultFormat, null, shipmentId, at, false), at));
        }
        return documents;
    }

    /** The tracking numbers {@code labels} has no label for. */
    List<String> missing(Collection<ShippingLabel> labels) {
        return trackingNumbers.stream()
                .filter(number -> labels.stream().noneMatch(l -> number.equals(l.trackingNumber())
                        && l.base64Image() != null))
                .toList();
    }

    private DocumentFormat format(String code) {
        if (code == null || code.isBlank()) {
            return defaultFormat;
        }
        try {
            return DocumentFormat.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return defaultFormat;
        }
    }
}
