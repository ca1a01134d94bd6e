package dev.x3ups.ups.simulator.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code POST /api/shipments/{version}/pickup/{oncall|smart|both}}: the price of an on-call pickup at an address,
 * same-day ({@code 01}), next business day ({@code 02}) or a specific day ({@code 03}, with {@code PickupDateInfo});
 * the same day rules as booking.
 */
public final class PickupRateEndpoint implements ApiHandler {
    static final Set<String> PICKUP_TYPES = Set.of("oncall", "smart", "both");
    private final PickupSystem system;

    public PickupRateEndpoint(PickupSystem system) {
        this.system = system;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!PICKUP_TYPES.contains(request.pathParam("pickuptype"))) {
            return PickupErrors.refuse(PickupErrors.BAD_OPTION, "pickuptype must be oncall, smart or both");
        }
        JsonNode req = Json.parse(request.body()).path("PickupRateRequest");
        JsonNode address = req.path("PickupAddress");
        String country = Json.text(address, "CountryCode");
        SiteCalendar calendar = system.siteCalendar(country, Json.text(address, "PostalCode"),
                Json.text(address, "StateProvince"));
        Instant now = system.clock().now();
        LocalDate today = calendar.today(now);
        String option = Json.text(req, "ServiceDateOption");
        PickupDay.Checked day;
        switch (option == null ? "" : option) {
            case "01" -> day = PickupDay.day(calendar, PickupDay.format(today), now);
            case "02" -> day = PickupDay.day(calendar, PickupDay.format(calendar.nextBusinessDay(today)), now);
            case "03" -> {
                if (!req.has("PickupDateInfo")) {
                    return PickupErrors.refuse(PickupErrors.BAD_DATE, "ServiceDateOption 03 needs PickupDateInfo");
                }
                day = PickupDay.day(calendar, Json.text(req.path("PickupDateInfo"), "PickupDate"), now);
            }
            default -> {
                return PickupErrors.refuse(PickupErrors.BAD_OPTION, "ServiceDateOption must be 01, 02 or 03");
            }
        }
        if (day.error() != null) {
            return PickupErrors.refuse(day.error().code(), day.error().message());
        }
        boolean sameDay = day.date().equals(today);
        ObjectNode body = Json.object();
        ObjectNode answer = body.putObject("PickupRateResponse");
        PickupResponses.success(answer);
        PickupResponses.rateResult(answer, PickupTariff.charge(sameDay), sameDay, country);
        return ApiResponse.ok(body);
    }
}
