package dev.x3ups.ups.client.track;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.json.Lenient;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code TrackApiResponse} (docs/architecture.md, "UPS facts: tracking") leniently. */
final class TrackResponseReader {
    private TrackResponseReader() {
    }

    static TrackResult read(JsonNode body) {
        List<TrackedShipment> shipments = new ArrayList<>();
        for (JsonNode shipment : Lenient.list(Lenient.at(body, "trackResponse"), "shipment")) {
            List<UpsError> warnings = new ArrayList<>();
            for (JsonNode w : Lenient.list(shipment, "warnings")) {
                warnings.add(new UpsError(Lenient.text(w, "code"), Lenient.text(w, "message")));
            }
            List<TrackedPackage> packages = new ArrayList<>();
            for (JsonNode pkg : Lenient.list(shipment, "package")) {
                packages.add(trackedPackage(pkg));
            }
            shipments.add(new TrackedShipment(Lenient.text(shipment, "inquiryNumber"), warnings, packages));
        }
        return new TrackResult(shipments);
    }

    private static TrackedPackage trackedPackage(JsonNode pkg) {
        List<TrackActivity> activities = new ArrayList<>();
        for (JsonNode a : Lenient.list(pkg, "activity")) {
            JsonNode address = Lenient.at(a, "location", "address");
            activities.add(new TrackActivity(Lenient.text(a, "date"), Lenient.text(a, "time"),
                    Lenient.text(a, "gmtDate"), Lenient.text(a, "gmtTime"), Lenient.text(a, "gmtOffset"),
                    Lenient.text(address, "city"), Lenient.text(address, "stateProvince"),
                    Lenient.text(address, "postalCode"), Lenient.text(address, "countryCode"),
                    status(Lenient.at(a, "status"))));
        }
        List<String> references = new ArrayList<>();
        for (JsonNode r : Lenient.list(pkg, "referenceNumber")) {
            String number = Lenient.text(r, "number");
            if (number != null) {
                references.add(number);
            }
        }
        String scheduled = null;
        String delivered = null;
        for (JsonNode d : Lenient.list(pkg, "deliveryDate")) {
            String type = Lenient.text(d, "type");
            if ("DEL".equals(type)) {
                delivered = Lenient.text(d, "date");
            } else if ("SDD".equals(type) || "RDD".equals(type)) {
                scheduled = Lenient.text(d, "date");
            }
        }
        JsonNode current = Lenient.at(pkg, "currentStatus");
        TrackStatus currentStatus = current.isMissingNode() || current.isNull()
                ? (activities.isEmpty() ? null : activities.get(0).status())
                : status(current);
        return new TrackedPackage(Lenient.text(pkg, "trackingNumber"), currentStatus, activities, references,
                scheduled, delivered);
    }

    private static TrackStatus status(JsonNode s) {
        return new TrackStatus(Lenient.text(s, "type"), Lenient.text(s, "code"), Lenient.text(s, "description"),
                Lenient.text(s, "statusCode"));
    }
}
