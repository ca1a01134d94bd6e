package dev.x3ups.ups.simulator.alert;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.UpsErrors;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * v2 account subscriptions: {@code POST /api/track/v2/subscription/{type}/account} (answers
 * {@code {"expiryDate":"9999-12-31"}}) and {@code DELETE ...?shipper_account_number=} (answers
 * {@code {"message":"Account unsubscribed"}}). Only the simulator's own shipper account can be subscribed.
 */
final class AccountSubscriptionEndpoint implements ApiHandler {
    private static final Set<String> PREFERENCES = Set.of("D", "I", "M", "X");

    private final SubscriptionBook subscriptions;
    private final SimClock clock;
    private final String account;
    private final BooleanSupplier available;

    AccountSubscriptionEndpoint(SubscriptionBook subscriptions, SimClock clock, String account,
                                BooleanSupplier available) {
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.account = account;
        this.available = available;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String type = request.pathParam("type");
        if (!available.getAsBoolean()) {
            return UpsErrors.error(400, "VSS000", "Request rejected: Track Alert is not available for this account");
        }
        if (!"v2".equals(request.pathParam("version"))) {
            return UpsErrors.error(404, "404", "The requested resource was not found.");
        }
        if (blank(request.header("transId")) || blank(request.header("transactionSrc"))) {
            return UpsErrors.error(400, blank(request.header("transId")) ? "VSS002" : "VSS004",
                    "Missing or invalid transId/transactionSrc. The Subscription request has been rejected.");
        }
        if (!"standard".equals(type) && !"enhanced".equals(type)) {
            return UpsErrors.error(400, "VSS930", "Invalid subscription type. The Subscription request has been rejected.");
        }
        return "DELETE".equals(request.method()) ? unsubscribe(request) : subscribe(request, type);
    }

    private ApiResponse subscribe(ApiRequest request, String type) {
        JsonNode body = Json.parse(request.body());
        String locale = Json.text(body, "locale");
        if (blank(locale)) {
            return UpsErrors.error(400, "VSS300", "Locale is required. The Subscription request has been rejected.");
        }
        if (!"en_US".equals(locale)) {
            return UpsErrors.error(400, "VSS310", "Invalid locale; only en_US is accepted.");
        }
        String shipper = Json.text(body, "shipperAccountNumber");
        if (blank(shipper)) {
            return UpsErrors.error(400, "VSS300", "Shipper Account Number is required.");
        }
        if (!shipper.equalsIgnoreCase(account)) {
            return UpsErrors.error(400, "VSS000", "Request rejected: the client is not party to this account");
        }
        Set<String> preferences = new LinkedHashSet<>();
        for (JsonNode p : Json.list(body.get("eventPreferences"))) {
            if (!PREFERENCES.contains(p.asText())) {
                return UpsErrors.error(400, "VSS414", "Invalid event preference. The Subscription request has been rejected.");
            }
            preferences.add(p.asText());
        }
        subscriptions.putAccount(new AccountSubscription(request.clientId(), shipper.toUpperCase(), type,
                Set.copyOf(preferences), clock.now()));
        return ApiResponse.ok(Json.object().put("expiryDate", "9999-12-31"));
    }

    private ApiResponse unsubscribe(ApiRequest request) {
        String shipper = request.queryParam("shipper_account_number");
        if (blank(shipper)) {
            return UpsErrors.error(400, "VSS300", "Shipper Account Number is required.");
        }
        if (!subscriptions.removeAccount(request.clientId(), shipper.toUpperCase())) {
            return UpsErrors.error(404, "404", "The requested resource was not found.");
        }
        return ApiResponse.ok(Json.object().put("message", "Account unsubscribed"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
