package dev.x3ups.ups.client.ship;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.Lenient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code DELETE /api/shipments/v2409/void/cancel/{id}} (docs/architecture.md, "UPS facts: void and label recovery"). Outside the void window UPS answers
 * {@code 190102}: the future then fails with an {@link dev.x3ups.ups.client.UpsRejectedException} carrying it.
 */
public final class VoidClient {
    static final String OUTSIDE_VOID_WINDOW = "190102";
    private final UpsTransport transport;

    public VoidClient(UpsTransport transport) {
        this.transport = transport;
    }

    public CompletableFuture<VoidResult> voidShipment(String shipmentId) {
        return send(ApiRequest.delete("void", "shipments", "v2409", "void", "cancel", shipmentId));
    }

    /** Voids some packages of a shipment (up to 20 tracking numbers). */
    public CompletableFuture<VoidResult> voidPackages(String shipmentId, List<String> trackingNumbers) {
        if (trackingNumbers.isEmpty() || trackingNumbers.size() > 20) {
            throw new IllegalArgumentException("1 to 20 tracking numbers per void");
        }
        String query = trackingNumbers.size() == 1 ? trackingNumbers.get(0)
                : "[" + String.join(",", trackingNumbers.stream().map(n -> "\"" + n + "\"").toList()) + "]";
        return send(ApiRequest.delete("void", "shipments", "v2409", "void", "cancel", shipmentId)
                .withQuery("trackingnumber", query));
    }

    private CompletableFuture<VoidResult> send(ApiRequest request) {
        return transport.execute(request).thenApply(response -> read(response.body()));
    }

    static VoidResult read(JsonNode body) {
        JsonNode response = Lenient.at(body, "VoidShipmentResponse");
        JsonNode status = Lenient.at(response, "SummaryResult", "Status");
        Map<String, String> packages = new LinkedHashMap<>();
        // CIE has answered with the singular element name (docs/architecture.md, "UPS facts: void and label recovery")
        List<JsonNode> results = Lenient.list(response, "PackageLevelResults");
        if (results.isEmpty()) {
            results = Lenient.list(response, "PackageLevelResult");
        }
        for (JsonNode pkg : results) {
            String number = Lenient.text(pkg, "TrackingNumber");
            if (number != null) {
                packages.put(number, String.valueOf(Lenient.text(pkg, "Status", "Code")));
            }
        }
        return new VoidResult(Lenient.text(status, "Code"), Lenient.text(status, "Description"), packages);
    }
}
