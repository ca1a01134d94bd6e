package dev.x3ups.ups.client.ship;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.json.Lenient;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code ShipmentResponse} (Shipping.yaml) leniently; {@code null} when it carries no shipment id. */
final class ShipmentResponseReader {
    private ShipmentResponseReader() {
    }

    static ShipOutcome.Created read(JsonNode body) {
        JsonNode response = Lenient.at(body, "ShipmentResponse");
        JsonNode results = Lenient.at(response, "ShipmentResults");
        String shipmentId = Lenient.text(results, "ShipmentIdentificationNumber");
        if (shipmentId == null) {
            return null;
        }
        List<String> trackingNumbers = new ArrayList<>();
        List<ShippingLabel> labels = new ArrayList<>();
        for (JsonNode pkg : Lenient.list(results, "PackageResults")) {
            String trackingNumber = Lenient.text(pkg, "TrackingNumber");
            if (trackingNumber == null) {
                continue;
            }
            trackingNumbers.add(trackingNumber);
            JsonNode label = Lenient.at(pkg, "ShippingLabel");
            String image = Lenient.text(label, "GraphicImage");
            if (image != null) {
                labels.add(new ShippingLabel(trackingNumber, Lenient.text(label, "ImageFormat", "Code"), image));
            }
        }
        if (trackingNumbers.isEmpty()) {
            trackingNumbers.add(shipmentId); // single-package shipments: the shipment id is the 1Z
        }
        List<UpsError> alerts = new ArrayList<>();
        for (JsonNode alert : Lenient.list(Lenient.at(response, "Response"), "Alert")) {
            alerts.add(new UpsError(String.valueOf(Lenient.text(alert, "Code")), String.valueOf(Lenient.text(alert, "Description"))));
        }
        return new ShipOutcome.Created(shipmentId, trackingNumbers,
                money(Lenient.at(results, "ShipmentCharges", "TotalCharges")),
                money(Lenient.at(results, "NegotiatedRateCharges", "TotalCharge")),
                Lenient.text(response, "Response", "TransactionReference", "CustomerContext"),
                labels, alerts, documents(results));
    }

    /**
     * {@code ShipmentResults.Form}: the international forms as an image, returned when UPS printed them rather than
     * filing them electronically (an account without paperless invoicing, or an override). Kept for whoever
     * publishes labels; empty when UPS filed everything.
     */
    private static List<ShippingDocument> documents(JsonNode results) {
        List<ShippingDocument> documents = new ArrayList<>();
        for (JsonNode form : Lenient.list(results, "Form")) {
            String image = Lenient.text(form, "Image", "GraphicImage");
            if (image != null) {
                documents.add(new ShippingDocument(Lenient.text(form, "Code"), Lenient.text(form, "Description"),
                        Lenient.text(form, "Image", "ImageFormat", "Code"), image));
            }
        }
        return documents;
    }

    /** {@code {CurrencyCode, MonetaryValue}} or {@code null}. */
    static Money money(JsonNode node) {
        var amount = Lenient.decimal(node, "MonetaryValue");
        return amount == null ? null : new Money(Lenient.text(node, "CurrencyCode"), amount);
    }
}
