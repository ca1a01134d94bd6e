package dev.x3ups.ups.client.ship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.Lenient;
import dev.x3ups.ups.client.json.UpsJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/labels/v1/recovery} (docs/architecture.md, "UPS facts: void and label recovery"): one of the ways to find a shipment after an ambiguous
 * ship, by our reference number + shipper number, or to re-fetch labels by tracking number. When UPS finds
 * nothing it answers an error: the future fails with an {@link dev.x3ups.ups.client.UpsRejectedException} whose
 * code the caller interprets (UPS documents none for "not found").
 */
public final class LabelRecoveryClient {
    private final UpsTransport transport;

    public LabelRecoveryClient(UpsTransport transport) {
        this.transport = transport;
    }

    public CompletableFuture<RecoveredShipment> byReference(String reference, String shipperNumber) {
        ObjectNode body = envelope();
        ObjectNode values = ((ObjectNode) body.get("LabelRecoveryRequest")).putObject("ReferenceValues");
        values.putObject("ReferenceNumber").put("Value", reference);
        values.put("ShipperNumber", shipperNumber);
        return send(body);
    }

    /** The most recent shipment under the reference, with its labels in {@code format}: a look-up and a reprint in one call. */
    public CompletableFuture<RecoveredShipment> byReference(String reference, String shipperNumber, LabelFormat format) {
        return send(byReferenceBody(reference, shipperNumber, format));
    }

    static ObjectNode byReferenceBody(String reference, String shipperNumber, LabelFormat format) {
        ObjectNode body = envelope();
        ObjectNode request = (ObjectNode) body.get("LabelRecoveryRequest");
        format.specify(request.putObject("LabelSpecification"));
        ObjectNode values = request.putObject("ReferenceValues");
        values.putObject("ReferenceNumber").put("Value", reference);
        values.put("ShipperNumber", shipperNumber);
        return body;
    }

    public CompletableFuture<RecoveredShipment> byTrackingNumber(String trackingNumber) {
        ObjectNode body = envelope();
        ((ObjectNode) body.get("LabelRecoveryRequest")).put("TrackingNumber", trackingNumber);
        return send(body);
    }

    /** The shipment's labels again, in {@code format} (thermal formats on 4x6 stock), e.g. to print them. */
    public CompletableFuture<RecoveredShipment> byTrackingNumber(String trackingNumber, LabelFormat format) {
        return send(byTrackingNumberBody(trackingNumber, format));
    }

    static ObjectNode byTrackingNumberBody(String trackingNumber, LabelFormat format) {
        ObjectNode body = envelope();
        ObjectNode request = (ObjectNode) body.get("LabelRecoveryRequest");
        format.specify(request.putObject("LabelSpecification"));
        request.put("TrackingNumber", trackingNumber);
        return body;
    }

    private CompletableFuture<RecoveredShipment> send(ObjectNode body) {
        return transport.execute(ApiRequest.post("label recovery", body, "labels", "v1", "recovery"))
                .thenApply(response -> read(response.body()));
    }

    /** Without a LabelSpecification UPS returns GIF labels, which is all a reference look-up needs. */
    private static ObjectNode envelope() {
        ObjectNode root = UpsJson.object();
        root.putObject("LabelRecoveryRequest").putObject("Request").put("SubVersion", "1903");
        return root;
    }

    static RecoveredShipment read(JsonNode body) {
        JsonNode response = Lenient.at(body, "LabelRecoveryResponse");
        Set<String> numbers = new LinkedHashSet<>();
        List<ShippingLabel> labels = new ArrayList<>();
        for (JsonNode result : Lenient.list(response, "LabelResults")) {
            String number = Lenient.text(result, "TrackingNumber");
            if (number == null) {
                continue;
            }
            numbers.add(number);
            String image = Lenient.text(result, "LabelImage", "GraphicImage");
            if (image != null) {
                labels.add(new ShippingLabel(number, Lenient.text(result, "LabelImage", "LabelImageFormat", "Code"), image));
            }
        }
        for (JsonNode candidate : Lenient.list(response, "TrackingCandidate")) {
            String number = Lenient.text(candidate, "TrackingNumber");
            if (number != null) {
                numbers.add(number);
            }
        }
        return new RecoveredShipment(Lenient.text(response, "ShipmentIdentificationNumber"), List.copyOf(numbers), labels);
    }
}
