package dev.x3ups.ups.simulator.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/track/{v1|v2}/subscription/{standard|enhanced}/package}. Numbers that are malformed,
 * unknown or voided come back in {@code invalidTrackingNumbers} (HTTP 200 partial success; 400 VSS210
 * when none is valid). v1 requires a {@code destination}; v2 delivers to the webhook registered for the
 * caller's client id.
 */
final class SubscriptionEndpoint implements ApiHandler {
    static final int MAX_NUMBERS = 100;
    static final Duration LIFETIME = Duration.ofDays(14);
    private static final Pattern NUMBER = Pattern.compile("^1Z[0-9A-Z]{16}$|^1R[0-9A-Z]{14}$|^1R[0-9A-Z]{26}$");
    private static final Set<String> PREFERENCES = Set.of("D", "I", "M", "X");

    private final SubscriptionBook subscriptions;
    private final ShipmentBook shipments;
    private final SimClock clock;
    private volatile boolean available = true;

    SubscriptionEndpoint(SubscriptionBook subscriptions, ShipmentBook shipments, SimClock clock) {
        this.subscriptions = subscriptions;
        this.shipments = shipments;
        this.clock = clock;
    }

    void setAvailable(boolean available) {
        this.available = available;
    }

    boolean available() {
        return available;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String version = request.pathParam("version");
        String type = request.pathParam("type");
        if (!available) {
            return UpsErrors.error(400, "VSS000", "Request rejected: Track Alert is not available for this account");
        }
        if (blank(request.header("transId"))) {
            return UpsErrors.error(400, "VSS002", "Missing or invalid transId. The Subscription request has been rejected.");
        }
        if (blank(request.header("transactionSrc"))) {
            return UpsErrors.error(400, "VSS004", "Missing or invalid transactionSrc. The Subscription request has been rejected.");
        }
        if (!"standard".equals(type) && !"enhanced".equals(type)) {
            return UpsErrors.error(400, "VSS930", "Invalid subscription type. The Subscription request has been rejected.");
        }
        if (blank(request.body())) {
            return UpsErrors.error(400, "VSS110", "Empty request. The Subscription request has been rejected.");
        }
        JsonNode body = Json.parse(request.body());
        Optional<ApiResponse> invalid = checkCommon(body, version, type);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        WebhookDestination destination = null;
        if ("v1".equals(version)) {
            JsonNode d = body.get("destination");
            destination = WebhookDestination.credential(Json.text(d, "url"), Json.text(d, "credentialType"),
                    Json.text(d, "credential"));
        }
        Set<String> preferences = new LinkedHashSet<>();
        Json.list(body.get("eventPreferences")).forEach(n -> preferences.add(n.asText()));
        Instant now = clock.now();
        ArrayNode valid = Json.array();
        ArrayNode rejected = Json.array();
        for (JsonNode n : Json.list(body.get("trackingNumberList"))) {
            String number = n.asText().trim();
            Optional<ShippedPackage> pkg = NUMBER.matcher(number).matches()
                    ? shipments.byTrackingNumber(number) : Optional.empty();
            if (pkg.isEmpty() || pkg.get().timeline().voided()) {
                rejected.add(number);
                continue;
            }
            subscriptions.put(new Subscription(number, request.clientId(), type, Set.copyOf(preferences), destination,
                    now, now.plus(LIFETIME)));
            valid.add(number);
        }
        if (valid.isEmpty()) {
            ObjectNode error = UpsErrors.envelope("VSS210", "No valid tracking number. The Subscription request has been rejected.");
            error.set("invalidTrackingNumbers", rejected);
            return ApiResponse.of(400, error);
        }
        ObjectNode ok = Json.object();
        ok.set("validTrackingNumbers", valid);
        ok.set("invalidTrackingNumbers", rejected);
        return ApiResponse.ok(ok);
    }

    private Optional<ApiResponse> checkCommon(JsonNode body, String version, String type) {
        String locale = Json.text(body, "locale");
        if (blank(locale)) {
            return fail("VSS300", "Locale is required. The Subscription request has been rejected.");
        }
        if (!"en_US".equals(locale)) {
            return fail("VSS310", "Invalid locale; only en_US is accepted. The Subscription request has been rejected.");
        }
        String country = Json.text(body, "countryCode");
        if (country != null && !country.matches("[A-Z]{2}")) {
            return fail("VSS400", "Invalid country code. The Subscription request has been rejected.");
        }
        List<JsonNode> numbers = Json.list(body.get("trackingNumberList"));
        if (numbers.isEmpty()) {
            return fail("VSS200", "Tracking number list is required. The Subscription request has been rejected.");
        }
        if (numbers.size() > MAX_NUMBERS) {
            return fail("VSS220", "At most 100 tracking numbers per request. The Subscription request has been rejected.");
        }
        for (JsonNode p : Json.list(body.get("eventPreferences"))) {
            if (!"enhanced".equals(type) || !PREFERENCES.contains(p.asText())) {
                return fail("VSS414", "Invalid event preference. The Subscription request has been rejected.");
            }
        }
        if ("v1".equals(version)) {
            JsonNode d = body.get("destination");
            if (d == null || !d.isObject()) {
                return fail("VSS500", "Destination is required. The Subscription request has been rejected.");
            }
            String url = Json.text(d, "url");
            if (blank(url)) {
                return fail("VSS600", "Destination URL is empty. The Subscription request has been rejected.");
            }
            if (url.length() > 2048) {
                return fail("VSS610", "Destination URL is too long. The Subscription request has been rejected.");
            }
            if (blank(Json.text(d, "credential"))) {
                return fail("VSS700", "Destination credential is required. The Subscription request has been rejected.");
            }
            if (blank(Json.text(d, "credentialType"))) {
                return fail("VSS800", "Destination credentialType is required. The Subscription request has been rejected.");
            }
        } else if (!"v2".equals(version)) {
            return fail("VSS000", "Unsupported Track Alert version. The Subscription request has been rejected.");
        }
        return Optional.empty();
    }

    private static Optional<ApiResponse> fail(String code, String message) {
        return Optional.of(UpsErrors.error(400, code, message));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
