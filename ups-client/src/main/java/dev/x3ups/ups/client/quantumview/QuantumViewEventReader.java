package dev.x3ups.ups.client.quantumview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.json.Lenient;
import java.util.ArrayList;
import java.util.List;

/** Flattens {@code QuantumViewEvents} into package-level events (docs/architecture.md, "UPS facts: Quantum View"); single objects accepted as arrays. */
final class QuantumViewEventReader {
    private QuantumViewEventReader() {
    }

    static List<QuantumViewEvent> read(JsonNode body) {
        List<QuantumViewEvent> out = new ArrayList<>();
        JsonNode events = Lenient.at(body, "QuantumViewResponse", "QuantumViewEvents");
        for (JsonNode subscription : Lenient.list(events, "SubscriptionEvents")) {
            String name = Lenient.text(subscription, "Name");
            for (JsonNode file : Lenient.list(subscription, "SubscriptionFile")) {
                String fileName = Lenient.text(file, "FileName");
                for (JsonNode manifest : Lenient.list(file, "Manifest")) {
                    manifest(out, name, fileName, manifest);
                }
                for (JsonNode origin : Lenient.list(file, "Origin")) {
                    out.add(scan(QuantumViewEvent.Kind.ORIGIN, name, fileName, origin, null, null, null));
                }
                for (JsonNode exception : Lenient.list(file, "Exception")) {
                    out.add(scan(QuantumViewEvent.Kind.EXCEPTION, name, fileName, exception,
                            Lenient.text(exception, "StatusCode"),
                            firstNonNull(Lenient.text(exception, "ReasonDescription"),
                                    Lenient.text(exception, "StatusDescription")), null));
                }
                for (JsonNode delivery : Lenient.list(file, "Delivery")) {
                    out.add(scan(QuantumViewEvent.Kind.DELIVERY, name, fileName, delivery, null, null, null));
                }
                for (JsonNode generic : Lenient.list(file, "Generic")) {
                    out.add(scan(QuantumViewEvent.Kind.GENERIC, name, fileName, generic, null, null,
                            Lenient.text(generic, "ActivityType")));
                }
            }
        }
        return out;
    }

    static String subscriberId(JsonNode body) {
        return Lenient.text(body, "QuantumViewResponse", "QuantumViewEvents", "SubscriberID");
    }

    private static void manifest(List<QuantumViewEvent> out, String name, String fileName, JsonNode manifest) {
        List<String> shipmentRefs = values(manifest, "ReferenceNumber");
        String shipper = Lenient.text(manifest, "Shipper", "ShipperNumber");
        for (JsonNode pkg : Lenient.list(manifest, "Package")) {
            List<JsonNode> activity = Lenient.list(pkg, "Activity");
            JsonNode first = activity.isEmpty() ? null : activity.get(0);
            out.add(new QuantumViewEvent(QuantumViewEvent.Kind.MANIFEST, name, fileName,
                    Lenient.text(pkg, "TrackingNumber"), shipper, values(pkg, "ReferenceNumber"), shipmentRefs,
                    first == null ? Lenient.text(manifest, "PickupDate") : Lenient.text(first, "Date"),
                    first == null ? null : Lenient.text(first, "Time"),
                    null, null, null, null, null, null));
        }
    }

    private static QuantumViewEvent scan(QuantumViewEvent.Kind kind, String name, String fileName, JsonNode node,
                                         String statusCode, String statusDescription, String activityType) {
        JsonNode location = Lenient.at(node, "ActivityLocation", "AddressArtifactFormat");
        String date = Lenient.text(node, "Date");
        String time = Lenient.text(node, "Time");
        if (date == null) { // Generic carries its time in Activity
            List<JsonNode> activity = Lenient.list(node, "Activity");
            if (!activity.isEmpty()) {
                date = Lenient.text(activity.get(0), "Date");
                time = Lenient.text(activity.get(0), "Time");
            }
        }
        return new QuantumViewEvent(kind, name, fileName, Lenient.text(node, "TrackingNumber"),
                Lenient.text(node, "ShipperNumber"), values(node, "PackageReferenceNumber"),
                values(node, "ShipmentReferenceNumber"), date, time, statusCode, statusDescription, activityType,
                Lenient.text(location, "PoliticalDivision2"), Lenient.text(location, "PoliticalDivision1"),
                Lenient.text(location, "CountryCode"));
    }

    private static List<String> values(JsonNode parent, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode ref : Lenient.list(parent, field)) {
            String value = Lenient.text(ref, "Value");
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
