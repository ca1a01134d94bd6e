package dev.x3ups.ups.simulator.counter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The reference values (order keys) a call is about, so calls can be counted per order: Ship by the
 * references in its body, Track by reference and Label Recovery by the reference asked for, Void, Track
 * and Label Recovery by number through the shipment they name. Quantum View polls name no order: they
 * count in the totals only. Read on receipt, whatever the call's fate.
 */
public final class CallReferences {
    private final ShipmentBook book;

    public CallReferences(ShipmentBook book) {
        this.book = book;
    }

    public Set<String> of(ApiEndpoint endpoint, ApiRequest request) {
        try {
            return switch (endpoint) {
                case SHIP -> shipReferences(Json.parse(request.body()));
                case TRACK_REFERENCE -> single(request.pathParam("referenceNumber"));
                case VOID -> shipment(request.pathParam("id"));
                case TRACK -> shipment(request.pathParam("inquiryNumber"));
                case LABEL_RECOVERY -> labelRecovery(Json.parse(request.body()).path("LabelRecoveryRequest"));
                default -> Set.of();
            };
        } catch (RuntimeException e) {
            return Set.of(); // a body that is not JSON is refused by the endpoint; nothing to attribute
        }
    }

    private static Set<String> shipReferences(JsonNode root) {
        JsonNode shipment = root.path("ShipmentRequest").path("Shipment");
        Set<String> out = new LinkedHashSet<>();
        addValues(out, shipment.path("ReferenceNumber"));
        for (JsonNode p : Json.list(shipment.path("Package"))) {
            addValues(out, p.path("ReferenceNumber"));
        }
        return out;
    }

    private Set<String> labelRecovery(JsonNode request) {
        String tracking = Json.text(request, "TrackingNumber");
        if (tracking != null) {
            return shipment(tracking);
        }
        return single(Json.text(request.path("ReferenceValues").path("ReferenceNumber"), "Value"));
    }

    /** The references of the shipment a shipment id or tracking number names, if known. */
    private Set<String> shipment(String number) {
        if (number == null) {
            return Set.of();
        }
        String upper = number.toUpperCase(Locale.ROOT);
        Optional<Shipment> s = book.byId(upper).or(() -> book.byTrackingNumber(upper).map(ShippedPackage::shipment));
        return s.<Set<String>>map(x -> new LinkedHashSet<>(x.referenceValues())).orElse(Set.of());
    }

    private static void addValues(Set<String> out, JsonNode references) {
        for (JsonNode r : Json.list(references)) {
            String v = Json.text(r, "Value");
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
    }

    private static Set<String> single(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value);
    }
}
