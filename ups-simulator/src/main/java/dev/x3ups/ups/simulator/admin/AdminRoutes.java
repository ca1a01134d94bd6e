package dev.x3ups.ups.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.alert.DeliveryBehaviour;
import dev.x3ups.ups.simulator.alert.DeliveryStats;
import dev.x3ups.ups.simulator.alert.TrackAlert;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.counter.RequestCounters;
import dev.x3ups.ups.simulator.fault.FaultInjector;
import dev.x3ups.ups.simulator.fault.LateCommits;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.Route;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.oauth.TokenStore;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.visibility.VisibilityLag;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/** The {@code /admin/...} JSON API for the quickstart and scripts; see the README for the table. */
public final class AdminRoutes {
    private final RequestCounters counters;
    private final FaultInjector faults;
    private final SimClock clock;
    private final ShipmentBook shipments;
    private final TrackAlert trackAlert;
    private final TokenStore tokens;
    private final VisibilityLag visibilityLag;
    private final LateCommits lateCommits;

    public AdminRoutes(RequestCounters counters, FaultInjector faults, SimClock clock, ShipmentBook shipments,
                       TrackAlert trackAlert, TokenStore tokens, VisibilityLag visibilityLag, LateCommits lateCommits) {
        this.counters = counters;
        this.faults = faults;
        this.clock = clock;
        this.shipments = shipments;
        this.trackAlert = trackAlert;
        this.tokens = tokens;
        this.visibilityLag = visibilityLag;
        this.lateCommits = lateCommits;
    }

    public List<Route> routes() {
        return List.of(
                Route.admin("GET", "/admin/health", r -> ApiResponse.ok(Json.object().put("status", "UP"))),
                Route.admin("GET", "/admin/counters", r -> ApiResponse.ok(counters())),
                Route.admin("POST", "/admin/counters/reset", r -> done(counters::reset)),
                Route.admin("GET", "/admin/faults", r -> ApiResponse.ok(faults())),
                Route.admin("PUT", "/admin/faults/{endpoint}",
                        endpoint((e, r) -> faults.set(e, FaultSpecJson.read(Json.parse(r.body()))))),
                Route.admin("DELETE", "/admin/faults/{endpoint}", endpoint((e, r) -> faults.clear(e))),
                Route.admin("DELETE", "/admin/faults", r -> done(faults::clearAll)),
                Route.admin("GET", "/admin/late-commits", r -> ApiResponse.ok(lateCommits())),
                Route.admin("GET", "/admin/visibility-lag", r -> ApiResponse.ok(VisibilityLagJson.write(visibilityLag))),
                Route.admin("PUT", "/admin/visibility-lag", r -> {
                    VisibilityLagJson.apply(Json.parse(r.body()), visibilityLag);
                    return ApiResponse.ok(VisibilityLagJson.write(visibilityLag));
                }),
                Route.admin("GET", "/admin/clock", r -> ApiResponse.ok(clock())),
                Route.admin("POST", "/admin/clock/advance", r -> {
                    clock.advance(Duration.parse(Json.text(Json.parse(r.body()), "duration")));
                    return ApiResponse.ok(clock());
                }),
                Route.admin("PUT", "/admin/clock/speed", r -> {
                    clock.setSpeed(Json.parse(r.body()).path("speed").asDouble(1.0));
                    return ApiResponse.ok(clock());
                }),
                Route.admin("GET", "/admin/shipments/references", r -> ApiResponse.ok(references())),
                Route.admin("GET", "/admin/shipments", r -> ApiResponse.ok(shipmentList(r.queryParam("reference")))),
                Route.admin("GET", "/admin/label-deliveries", r -> ApiResponse.ok(labelDeliveries())),
                Route.admin("PUT", "/admin/trackalert/webhooks/{clientId}", r -> {
                    JsonNode b = Json.parse(r.body());
                    trackAlert.registerWebhook(r.pathParam("clientId"), WebhookDestination.oauth(Json.text(b, "url"),
                            Json.text(b, "tokenUrl"), Json.text(b, "clientId"), Json.text(b, "clientSecret")));
                    return ApiResponse.of(204, null);
                }),
                Route.admin("PUT", "/admin/trackalert/behaviour", r -> {
                    JsonNode b = Json.parse(r.body());
                    DeliveryBehaviour d = trackAlert.behaviour();
                    trackAlert.setBehaviour(new DeliveryBehaviour(b.path("dropRate").asDouble(d.dropRate()),
                            b.path("duplicateRate").asDouble(d.duplicateRate()),
                            b.path("outOfOrderRate").asDouble(d.outOfOrderRate()),
                            b.path("latePhotoRate").asDouble(d.latePhotoRate()),
                            b.hasNonNull("photoDelayMillis") ? Duration.ofMillis(b.get("photoDelayMillis").asLong())
                                    : d.photoDelay()));
                    return ApiResponse.of(204, null);
                }),
                Route.admin("PUT", "/admin/trackalert/available", r -> {
                    trackAlert.setAvailable(Json.parse(r.body()).path("available").asBoolean(true));
                    return ApiResponse.of(204, null);
                }),
                Route.admin("GET", "/admin/trackalert/stats", r -> ApiResponse.ok(stats())),
                Route.admin("POST", "/admin/tokens/expire", r -> done(tokens::expireAll)),
                Route.admin("POST", "/admin/tokens/reset-quota", r -> done(tokens::resetQuota)));
    }

    private ApiHandler endpoint(BiConsumer<ApiEndpoint, ApiRequest> action) {
        return r -> {
            ApiEndpoint e;
            try {
                e = ApiEndpoint.valueOf(r.pathParam("endpoint").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                return UpsErrors.error(404, "404", "Unknown endpoint " + r.pathParam("endpoint"));
            }
            action.accept(e, r);
            return ApiResponse.ok(faults());
        };
    }

    private static ApiResponse done(Runnable action) {
        action.run();
        return ApiResponse.of(204, null);
    }

    private ObjectNode counters() {
        ObjectNode n = Json.object();
        counters.snapshot().forEach((e, c) -> {
            ObjectNode en = n.putObject(e.name());
            en.put("total", c.total());
            ObjectNode by = en.putObject("byStatus");
            c.byStatus().forEach((s, v) -> by.put(Integer.toString(s), v));
        });
        return n;
    }

    private ObjectNode faults() {
        ObjectNode n = Json.object();
        faults.snapshot().forEach((e, s) -> n.set(e.name(), FaultSpecJson.write(s)));
        return n;
    }

    private ObjectNode lateCommits() {
        LateCommits.Counts c = lateCommits.counts();
        return Json.object().put("scheduled", c.scheduled()).put("pending", c.pending())
                .put("committed", c.committed()).put("refused", c.refused());
    }

    private ObjectNode clock() {
        return Json.object().put("now", clock.now().toString()).put("speed", clock.speed());
    }

    private ObjectNode references() {
        ObjectNode n = Json.object();
        shipments.createdPerReference().forEach((ref, c) ->
                n.putObject(ref).put("created", c.created()).put("live", c.live()));
        return n;
    }

    private ArrayNode shipmentList(String reference) {
        ArrayNode list = Json.array();
        List<Shipment> selected = reference == null ? shipments.all() : shipments.byReference(reference);
        for (Shipment s : selected) {
            ObjectNode n = list.addObject();
            n.put("shipmentIdentificationNumber", s.id()).put("live", s.live()).put("service", s.serviceCode())
                    .put("createdAt", s.createdAt().toString());
            if (s.customerContext() != null) {
                n.put("customerContext", s.customerContext());
            }
            ArrayNode refs = n.putArray("references");
            s.referenceValues().forEach(refs::add);
            ArrayNode numbers = n.putArray("trackingNumbers");
            s.packages().stream().map(ShippedPackage::trackingNumber).forEach(numbers::add);
        }
        return list;
    }

    /** Electronic Return Labels UPS would have e-mailed: to whom, for which shipment and packages. */
    private ArrayNode labelDeliveries() {
        ArrayNode list = Json.array();
        for (Shipment s : shipments.all()) {
            if (s.labelDeliveryEmail() == null) {
                continue;
            }
            ObjectNode n = list.addObject().put("email", s.labelDeliveryEmail())
                    .put("shipmentIdentificationNumber", s.id()).put("live", s.live())
                    .put("createdAt", s.createdAt().toString());
            if (s.customerContext() != null) {
                n.put("customerContext", s.customerContext());
            }
            ArrayNode numbers = n.putArray("trackingNumbers");
            s.packages().stream().map(ShippedPackage::trackingNumber).forEach(numbers::add);
        }
        return list;
    }

    private ObjectNode stats() {
        DeliveryStats.Counts c = trackAlert.stats();
        return Json.object().put("attempted", c.attempted()).put("delivered", c.delivered()).put("failed", c.failed())
                .put("dropped", c.dropped()).put("duplicated", c.duplicated()).put("reordered", c.reordered())
                .put("photos", c.photos()).put("undeliverable", c.undeliverable()).put("overflow", c.overflow())
                .put("activeSubscriptions", trackAlert.activeSubscriptions());
    }
}
