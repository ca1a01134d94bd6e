package dev.x3ups.ups.simulator.ship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.address.ResidentialDelivery;
import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.SingleObjects;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.network.ValidationError;
import dev.x3ups.ups.simulator.timeline.TimelineScheduler;
import java.util.Optional;
import java.util.Set;

/** {@code POST /api/shipments/{version}/ship}: validate, create, record, start the timelines. */
public final class ShipEndpoint implements ApiHandler {
    private static final Set<String> ALWAYS_ARRAYS = Set.of("v2403", "v2409");
    private final ShipmentRequestValidator validator;
    private final ShipmentFactory factory;
    private final ShipmentBook book;
    private final TimelineScheduler<ShippedPackage> scheduler;
    private final SimClock clock;
    private final ResidentialDelivery residential;

    public ShipEndpoint(ShipmentRequestValidator validator, ShipmentFactory factory, ShipmentBook book,
                        TimelineScheduler<ShippedPackage> scheduler, SimClock clock, ResidentialDelivery residential) {
        this.residential = residential;
        this.validator = validator;
        this.factory = factory;
        this.book = book;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String av = request.queryParam("additionaladdressvalidation");
        if (av != null && !av.equalsIgnoreCase("city")) {
            return UpsErrors.error(400, "120007", "Invalid additionaladdressvalidation value: " + av);
        }
        JsonNode root = Json.parse(request.body());
        Optional<ValidationError> error = validator.validate(root);
        if (error.isPresent()) {
            return UpsErrors.error(400, error.get().code(), error.get().message());
        }
        JsonNode shipmentRequest = root.get("ShipmentRequest");
        JsonNode requested = shipmentRequest.get("Shipment");
        Address shipTo = Address.from(requested.get("ShipTo").get("Address"));
        Optional<ValidationError> refused = residential.refusal(Json.text(requested.get("Service"), "Code"), shipTo);
        if (refused.isPresent()) {
            return UpsErrors.error(400, refused.get().code(), refused.get().message());
        }
        Shipment shipment = factory.create(shipmentRequest, request.clientId(), clock.now());
        book.register(shipment);
        shipment.packages().forEach(scheduler::track);
        boolean negotiated = Json.present(shipmentRequest.path("Shipment").get("ShipmentRatingOptions"),
                "NegotiatedRatesIndicator");
        ObjectNode body = ShipmentResponses.created(shipment, negotiated);
        residential.disagreement(shipTo).ifPresent(warning -> ((ObjectNode) body.path("ShipmentResponse")
                .path("Response")).putArray("Alert").addObject()
                .put("Code", ResidentialDelivery.DISAGREEMENT_CODE).put("Description", warning));
        if (!ALWAYS_ARRAYS.contains(request.pathParam("version"))) {
            // Before v2403 UPS answers a one-element list as a single object (Shipping.yaml L11414).
            SingleObjects.collapse(body);
        }
        return ApiResponse.ok(body);
    }
}
