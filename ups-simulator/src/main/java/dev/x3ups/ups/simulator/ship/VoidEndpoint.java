package dev.x3ups.ups.simulator.ship;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.timeline.TimelineScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DELETE /api/shipments/{version}/void/cancel/{id}[?trackingnumber=..]}: voids the whole shipment
 * or the listed packages while the void window (simulator clock) is open and none of them has been picked
 * up (a scan past label created); 190102 otherwise. UPS documents no separate code for "already picked up",
 * so the one documented void refusal is used for both.
 */
public final class VoidEndpoint implements ApiHandler {
    private final ShipmentBook book;
    private final TimelineScheduler<ShippedPackage> scheduler;
    private final SimClock clock;
    private volatile Duration window;

    public VoidEndpoint(ShipmentBook book, TimelineScheduler<ShippedPackage> scheduler, SimClock clock,
                        Duration window) {
        this.book = book;
        this.scheduler = scheduler;
        this.clock = clock;
        this.window = window;
    }

    public void setWindow(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the void window is >= 0");
        }
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Optional<Shipment> found = book.byId(request.pathParam("id"));
        Instant now = clock.now();
        if (found.isEmpty() || !found.get().live() || now.isAfter(found.get().createdAt().plus(window))) {
            return notVoidable();
        }
        Shipment shipment = found.get();
        List<ShippedPackage> targets = targets(shipment, request.queryParam("trackingnumber"));
        if (targets == null) {
            return UpsErrors.error(400, "190101", "Invalid tracking number for this shipment");
        }
        if (targets.stream().anyMatch(p -> p.timeline().pickedUpBy(now))) {
            return notVoidable();
        }
        ObjectNode root = Json.object();
        ObjectNode response = root.putObject("VoidShipmentResponse");
        response.putObject("Response").putObject("ResponseStatus").put("Code", "1").put("Description", "Success");
        ArrayNode packageResults = Json.array();
        for (ShippedPackage p : targets) {
            boolean first = !p.timeline().voided();
            scheduler.publishNow(p, p.timeline().voidAt(now));
            packageResults.addObject().put("TrackingNumber", p.trackingNumber()).putObject("Status")
                    .put("Code", first ? "1" : "0").put("Description", first ? "Voided" : "Already voided");
        }
        if (shipment.packages().stream().allMatch(p -> p.timeline().voided())) {
            shipment.markVoided(now);
        }
        response.putObject("SummaryResult").putObject("Status").put("Code", "1").put("Description", "Voided");
        if (request.queryParam("trackingnumber") != null) {
            response.set("PackageLevelResults", packageResults);
        }
        return ApiResponse.ok(root);
    }

    private static ApiResponse notVoidable() {
        return UpsErrors.error(400, "190102", "No shipment found within the allowed void period");
    }

    /** The packages named by {@code trackingnumber} (one number or a ["1Z..","1Z.."] list), all when absent. */
    private static List<ShippedPackage> targets(Shipment shipment, String trackingParam) {
        if (trackingParam == null || trackingParam.isBlank()) {
            return shipment.packages();
        }
        List<ShippedPackage> out = new ArrayList<>();
        for (String raw : trackingParam.replace("[", "").replace("]", "").split(",")) {
            String number = raw.replace("\"", "").trim();
            Optional<ShippedPackage> p = shipment.packages().stream()
                    .filter(x -> x.trackingNumber().equalsIgnoreCase(number)).findFirst();
            if (p.isEmpty()) {
                return null;
            }
            out.add(p.get());
        }
        return out.size() > 20 ? null : out;
    }
}
