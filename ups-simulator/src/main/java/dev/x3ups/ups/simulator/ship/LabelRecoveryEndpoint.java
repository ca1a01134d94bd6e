package dev.x3ups.ups.simulator.ship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import dev.x3ups.ups.simulator.visibility.VisibilityLag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/labels/{version}/recovery}: by {@code TrackingNumber} or by
 * {@code ReferenceValues{ReferenceNumber.Value, ShipperNumber}} (the most recent live shipment). Labels come back
 * in the {@code LabelSpecification} format when one is given, else in the format they were created in.
 * A shipment is found only once the {@link LookupChannel#LABEL_RECOVERY} lag has passed since its commit.
 */
public final class LabelRecoveryEndpoint implements ApiHandler {
    private final ShipmentBook book;
    private final VisibilityLag lag;

    public LabelRecoveryEndpoint(ShipmentBook book, VisibilityLag lag) {
        this.book = book;
        this.lag = lag;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        JsonNode body = Json.parse(request.body()).path("LabelRecoveryRequest");
        String tracking = Json.text(body, "TrackingNumber");
        Optional<Shipment> shipment;
        if (tracking != null) {
            shipment = book.byTrackingNumber(tracking).map(ShippedPackage::shipment).filter(this::visible);
        } else {
            JsonNode refs = body.get("ReferenceValues");
            String value = refs == null ? null : Json.text(refs.get("ReferenceNumber"), "Value");
            String shipper = Json.text(refs, "ShipperNumber");
            if (value == null) {
                return UpsErrors.error(400, "190200", "Missing TrackingNumber or ReferenceValues");
            }
            List<Shipment> found = book.byReference(value).stream()
                    .filter(s -> shipper == null || s.shipperNumber().equalsIgnoreCase(shipper))
                    .filter(Shipment::live).filter(this::visible).toList();
            shipment = found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
        }
        if (shipment.isEmpty() || !shipment.get().live()) {
            return UpsErrors.error(400, "190202", "No shipment found for the given tracking or reference number");
        }
        String format = Json.text(body.path("LabelSpecification").get("LabelImageFormat"), "Code");
        return ApiResponse.ok(render(shipment.get(), format == null ? null : format.toUpperCase(Locale.ROOT)));
    }

    private boolean visible(Shipment s) {
        return lag.visible(LookupChannel.LABEL_RECOVERY, s.committedAt());
    }

    private static ObjectNode render(Shipment s, String requestedFormat) {
        ObjectNode root = Json.object();
        ObjectNode response = root.putObject("LabelRecoveryResponse");
        response.putObject("Response").putObject("ResponseStatus").put("Code", "1").put("Description", "Success");
        response.put("ShipmentIdentificationNumber", s.id());
        ArrayNode results = response.putArray("LabelResults");
        ArrayNode candidates = response.putArray("TrackingCandidate");
        for (ShippedPackage p : s.packages()) {
            ObjectNode r = results.addObject().put("TrackingNumber", p.trackingNumber());
            ObjectNode image = r.putObject("LabelImage");
            String format = requestedFormat == null ? p.labelFormat() : requestedFormat;
            image.putObject("LabelImageFormat").put("Code", format).put("Description", format);
            image.put("GraphicImage", LabelImages.render(format, p.trackingNumber()));
            candidates.addObject().put("TrackingNumber", p.trackingNumber())
                    .put("DestinationPostalCode", s.destination().postalCode() == null ? "" : s.destination().postalCode())
                    .put("DestinationCountryCode", s.destination().countryCode());
        }
        return root;
    }
}
