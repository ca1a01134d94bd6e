package dev.x3ups.ups.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.address.AddressBook;
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
import dev.x3ups.ups.simulator.ship.PickupScans;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.ship.VoidEndpoint;
import dev.x3ups.ups.simulator.visibility.VisibilityLag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The {@code /admin/...} JSON API for the quickstart and scripts; see the README for the table. */
public final class AdminRoutes {
    private final RequestCounters counters;
    private final FaultInjector faults;
    private final SimClock clock;
    private final ShipmentBook shipments;
    private final TrackAlert trackAlert;
    private final TokenStore tokens;
    private final AddressBook addressBook;
    private final VisibilityLag visibilityLag;
    private final LateCommits lateCommits;
    private final PickupScans pickups;
    private final VoidEndpoint voids;

    public AdminRoutes(RequestCounters counters, FaultInjector faults, SimClock clock, ShipmentBook shipments,
                       TrackAlert trackAlert, TokenStore tokens, AddressBook addressBook, VisibilityLag visibilityLag,
                       LateCommits lateCommits, PickupScans pickups, VoidEndpoint voids) {
        this.addressBook = addressBook;
        this.counters = counters;
        this.faults = faults;
        this.clock = clock;
        this.shipments = shipments;
        this.trackAlert = trackAlert;
        this.tokens = tokens;
        this.visibilityLag = visibilityLag;
        this.lateCommits = lateCommits;
        this.pickups = pickups;
        this.voids = voids;
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
                Route.admin("GET", "/admin/visibility-lag",
                        r -> ApiResponse.ok(VisibilityLagJson.write(visibilityLag))),
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
                Route.admin("GET", "/admin/shipments/live", r -> r.queryParam("reference") == null
                        ? UpsErrors.error(400, "400", "reference is required")
                        : ApiResponse.ok(list(shipments.liveByReference(r.queryParam("reference"))))),
                Route.admin("GET", "/admin/shipments/duplicates", r -> ApiResponse.ok(duplicates())),
                Route.admin("POST", "/admin/shipments/{id}/pickup", r -> pickUp(r.pathParam("id"))),
                Route.admin("GET", "/admin/calls", r -> ApiResponse.ok(calls(r.queryParam("reference")))),
                Route.admin("GET", "/admin/void-window", r -> ApiResponse.ok(voidWindow())),
                Route.admin("PUT", "/admin/void-window", r -> {
                    voids.setWindow(Duration.parse(Json.text(Json.parse(r.body()), "window")));
                    return ApiResponse.ok(voidWindow());
                }),
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
                Route.admin("POST", "/admin/tokens/reset-quota", r -> done(tokens::resetQuota)),
                Route.admin("GET", "/admin/address-book", r -> ApiResponse.ok(AddressBookJson.write(addressBook.entries()))),
                Route.admin("POST", "/admin/address-book", r -> {
                    try {
                        addressBook.add(AddressBookJson.read(Json.parse(r.body())));
                    } catch (IllegalArgumentException e) {
                        return UpsErrors.error(400, "400", e.getMessage());
                    }
                    return ApiResponse.ok(AddressBookJson.write(addressBook.entries()));
                }));
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
        return list(reference == null ? shipments.all() : shipments.byReference(reference));
    }

    private ArrayNode list(List<Shipment> selected) {
        ArrayNode list = Json.array();
        for (Shipment s : selected) {
            ObjectNode n = list.addObject();
            n.put("shipmentIdentificationNumber", s.id()).put("live", s.live()).put("service", s.serviceCode())
                    .put("createdAt", s.createdAt().toString()).put("committedAt", s.committedAt().toString())
                    .put("pickedUp", pickups.pickedUp(s))
                    .put("residentialIndicator", s.destination().residential())
                    .put("serviceOptionsCharges", s.quote().serviceOptions().toPlainString());
            if (s.voidedAt() != null) {
                n.put("voidedAt", s.voidedAt().toString());
            }
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

    private ObjectNode duplicates() {
        ObjectNode n = Json.object();
        shipments.liveDuplicates().forEach((ref, ids) -> ids.forEach(n.putArray(ref)::add));
        return n;
    }

    private ApiResponse pickUp(String id) {
        if (shipments.byId(id).isEmpty()) {
            return UpsErrors.error(404, "404", "Unknown shipment " + id);
        }
        boolean moved = pickups.pickUpNow(id);
        return ApiResponse.ok(Json.object().put("moved", moved)
                .put("pickedUp", pickups.pickedUp(shipments.byId(id).get())));
    }

    /** All calls, or the calls about one reference; each with a per-endpoint breakdown and a total. */
    private ObjectNode calls(String reference) {
        if (reference != null) {
            return callCounts(counters.callsFor(reference)).put("reference", reference);
        }
        ObjectNode n = Json.object().put("businessCalls", counters.businessCalls());
        ObjectNode by = n.putObject("byReference");
        counters.callsByReference().forEach((ref, calls) -> by.set(ref, callCounts(calls)));
        return n;
    }

    private static ObjectNode callCounts(Map<ApiEndpoint, Long> calls) {
        ObjectNode n = Json.object();
        calls.forEach((e, c) -> n.put(e.name(), c));
        return n.put("total", calls.values().stream().mapToLong(Long::longValue).sum());
    }

    private ObjectNode voidWindow() {
        return Json.object().put("window", voids.window().toString());
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
