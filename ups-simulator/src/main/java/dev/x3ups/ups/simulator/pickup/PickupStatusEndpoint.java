package dev.x3ups.ups.simulator.pickup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code GET /api/shipments/{version}/pickup/{oncall|smart|both}} with header {@code AccountNumber}: the account's
 * pickups of today and tomorrow (each site's own local days) that are not completed, with their PRN, status and
 * our reference, which is how a booking whose answer was lost is found again.
 */
public final class PickupStatusEndpoint implements ApiHandler {
    private final PickupSystem system;

    public PickupStatusEndpoint(PickupSystem system) {
        this.system = system;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String type = request.pathParam("pickuptype");
        if (!PickupRateEndpoint.PICKUP_TYPES.contains(type)) {
            return PickupErrors.refuse(PickupErrors.BAD_OPTION, "pickuptype must be oncall, smart or both");
        }
        String account = request.header("AccountNumber");
        if (account == null || account.isBlank()) {
            return PickupErrors.refuse(PickupErrors.ACCOUNT_REQUIRED, "The AccountNumber header is required");
        }
        if (!system.knowsAccount(account)) {
            return PickupErrors.refuse(PickupErrors.UNKNOWN_ACCOUNT, "Account " + account
                    + " is not associated with this user");
        }
        Instant now = system.clock().now();
        ObjectNode body = Json.object();
        ObjectNode answer = body.putObject("PickupPendingStatusResponse");
        PickupResponses.success(answer);
        ArrayNode list = answer.putArray("PendingStatus");
        for (PickupBooking booking : system.bookings().ofAccount(account)) {
            if (!wanted(type, booking.kind())) {
                continue;
            }
            LocalDate today = booking.calendar().today(now);
            PickupState state = booking.state(now);
            if (state == PickupState.COMPLETED
                    || !(booking.date().equals(today) || booking.date().equals(today.plusDays(1)))) {
                continue;
            }
            ObjectNode item = list.addObject();
            item.put("PickupType", booking.kind().typeCode());
            item.put("ServiceDate", PickupDay.format(booking.date()));
            item.put("PRN", booking.prn());
            if (booking.kind() == PickupKind.SMART) {
                item.put("GWNStatusCode", state == PickupState.CANCELLED ? "02" : "01");
            } else {
                item.put("OnCallStatusCode", state.code());
            }
            item.put("PickupStatusMessage", state.message());
            item.put("BillingCode", "01");
            if (booking.contactName() != null) {
                item.put("ContactName", booking.contactName());
            }
            if (booking.reference() != null) {
                item.put("ReferenceNumber", booking.reference());
            }
        }
        return ApiResponse.ok(body);
    }

    private static boolean wanted(String type, PickupKind kind) {
        return "both".equals(type) || ("oncall".equals(type) ? kind == PickupKind.ON_CALL : kind == PickupKind.SMART);
    }
}
