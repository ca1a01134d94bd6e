package dev.x3ups.ups.simulator.pickup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import java.time.Instant;

/**
 * {@code DELETE /api/shipments/{version}/pickup/02} with header {@code Prn}: cancels one pickup until the driver is
 * dispatched (the pickup window has opened); a second cancel is refused as already cancelled. Cancel by account
 * ({@code 01}) is not simulated.
 */
public final class PickupCancelEndpoint implements ApiHandler {
    private final PickupSystem system;

    public PickupCancelEndpoint(PickupSystem system) {
        this.system = system;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String cancelBy = request.pathParam("CancelBy");
        if ("01".equals(cancelBy)) {
            return PickupErrors.refuse(PickupErrors.CANCEL_BY_ACCOUNT, "Cancel by account is not supported here");
        }
        if (!"02".equals(cancelBy)) {
            return PickupErrors.refuse(PickupErrors.BAD_OPTION, "CancelBy must be 01 or 02");
        }
        String prn = request.header("Prn");
        if (prn == null || prn.isBlank()) {
            return PickupErrors.refuse(PickupErrors.PRN_REQUIRED, "The Prn header is required to cancel by PRN");
        }
        PickupBooking booking = system.bookings().byPrn(prn.trim()).orElse(null);
        if (booking == null) {
            return PickupErrors.refuse(PickupErrors.UNKNOWN_PRN, "No pickup found for PRN " + prn);
        }
        Instant now = system.clock().now();
        PickupState state = booking.state(now);
        if (state == PickupState.DISPATCHED || state == PickupState.COMPLETED) {
            return PickupErrors.refuse(PickupErrors.TOO_LATE_TO_CANCEL, "The pickup cannot be cancelled once the "
                    + "driver is dispatched" + (state == PickupState.COMPLETED ? " (it is completed)" : ""));
        }
        if (!booking.cancel(now)) {
            return PickupErrors.refuse(PickupErrors.ALREADY_CANCELLED, "The pickup request has already been cancelled");
        }
        ObjectNode body = Json.object();
        ObjectNode answer = body.putObject("PickupCancelResponse");
        PickupResponses.success(answer);
        answer.put("PickupType", booking.kind().typeCode());
        if (booking.kind() == PickupKind.SMART) {
            answer.putObject("GWNStatus").put("Code", "002").put("Description", "User Cancelled");
        }
        return ApiResponse.ok(body);
    }
}
