package dev.x3ups.ups.simulator.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/pickupcreation/{version}/pickup}: an on-call pickup ({@code PickupCreationRequest}) or a Smart
 * Pickup trigger ({@code PickupTriggerGWNRequest}). Every accepted on-call request is a new, charged pickup, even for
 * a site and day already booked (unless {@link PickupSystem#setSamePrnForSameSiteDay}); a trigger answers
 * {@code EXISTING} with the PRN of the day's Smart Pickup, and moves to the next business day after the call-by time
 * or on a day without service.
 */
public final class PickupCreationEndpoint implements ApiHandler {
    private static final Set<String> STATE_REQUIRED = Set.of("US", "CA", "VN");
    private static final Set<String> PAYMENT_METHODS = Set.of("00", "01", "03", "04", "05", "06", "07");
    private static final Set<String> CONTAINERS = Set.of("01", "02");

    private final PickupSystem system;

    public PickupCreationEndpoint(PickupSystem system) {
        this.system = system;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        JsonNode root = Json.parse(request.body());
        if (root.has("PickupTriggerGWNRequest")) {
            return trigger(root.path("PickupTriggerGWNRequest"));
        }
        return onCall(root.path("PickupCreationRequest"));
    }

    private ApiResponse onCall(JsonNode req) {
        JsonNode address = req.path("PickupAddress");
        String country = Json.text(address, "CountryCode");
        String state = Json.text(address, "StateProvince");
        if (STATE_REQUIRED.contains(country) && (state == null || state.isBlank())) {
            return PickupErrors.refuse(PickupErrors.STATE_REQUIRED,
                    "PickupAddress StateProvince is required for US, CA and VN");
        }
        SiteCalendar calendar = system.siteCalendar(country, Json.text(address, "PostalCode"), state);
        Instant now = system.clock().now();
        JsonNode dateInfo = req.path("PickupDateInfo");
        PickupDay.Checked day = PickupDay.window(calendar, Json.text(dateInfo, "PickupDate"),
                Json.text(dateInfo, "ReadyTime"), Json.text(dateInfo, "CloseTime"), now);
        if (day.error() != null) {
            return PickupErrors.refuse(day.error().code(), day.error().message());
        }
        List<PickupBooking.Piece> pieces = new ArrayList<>();
        ApiResponse refused = pieces(req.path("PickupPiece"), pieces);
        if (refused != null) {
            return refused;
        }
        String method = Json.text(req, "PaymentMethod");
        if (!PAYMENT_METHODS.contains(method)) {
            return PickupErrors.refuse(PickupErrors.BAD_PAYMENT, "Invalid PaymentMethod " + method);
        }
        String account = Json.text(req.path("Shipper").path("Account"), "AccountNumber");
        if ("01".equals(method) && account == null) {
            return PickupErrors.refuse(PickupErrors.BAD_PAYMENT,
                    "PaymentMethod 01 needs Shipper Account AccountNumber and AccountCountryCode");
        }
        if (account != null && !system.knowsAccount(account)) {
            return PickupErrors.refuse(PickupErrors.BAD_PAYMENT, "Shipper account " + account
                    + " is not associated with this user");
        }
        SiteDay siteDay = new SiteDay(SiteDay.siteKey(country, Json.text(address, "PostalCode")), day.date());
        boolean sameDay = day.date().equals(calendar.today(now));
        BigDecimal charge = PickupTariff.charge(sameDay);
        PickupBooking booking;
        synchronized (system) {
            booking = system.samePrnForSameSiteDay() ? system.bookings().liveOnCall(siteDay).orElse(null) : null;
            if (booking == null) {
                booking = new PickupBooking(system.newPrn(PickupKind.ON_CALL), PickupKind.ON_CALL,
                        account == null ? system.mainAccount() : account, siteDay, calendar, day.ready(), day.close(),
                        pieces, Json.text(req.path("TotalWeight"), "Weight"),
                        "Y".equals(Json.text(req, "OverweightIndicator")), Json.text(req, "ReferenceNumber"),
                        Json.text(address, "ContactName"), charge, now);
                system.record(booking);
            }
        }
        ObjectNode body = Json.object();
        ObjectNode answer = body.putObject("PickupCreationResponse");
        PickupResponses.success(answer);
        answer.put("PRN", booking.prn());
        if ("Y".equals(Json.text(req, "RatePickupIndicator"))) {
            answer.putObject("RateStatus").put("Code", "01").put("Description", "Rate available");
            PickupResponses.rateResult(answer, charge, sameDay, country);
        } else {
            answer.putObject("RateStatus").put("Code", "04").put("Description", "Rate not requested");
        }
        return ApiResponse.ok(body);
    }

    private static ApiResponse pieces(JsonNode node, List<PickupBooking.Piece> out) {
        Map<String, Integer> perService = new HashMap<>();
        int total = 0;
        for (JsonNode piece : Json.list(node)) {
            String container = Json.text(piece, "ContainerCode");
            if (!CONTAINERS.contains(container)) {
                return PickupErrors.refuse(PickupErrors.BAD_PIECES, "ContainerCode " + container
                        + " is not valid here (01 package, 02 letter; 03 pallet is for freight services only)");
            }
            int quantity;
            try {
                quantity = Integer.parseInt(String.valueOf(Json.text(piece, "Quantity")));
            } catch (NumberFormatException e) {
                quantity = 0;
            }
            if (quantity < 1) {
                return PickupErrors.refuse(PickupErrors.BAD_PIECES, "PickupPiece Quantity must be a positive number");
            }
            String service = Json.text(piece, "ServiceCode");
            if (perService.merge(service, quantity, Integer::sum) > 999) {
                return PickupErrors.refuse(PickupErrors.BAD_PIECES, "At most 999 pieces per service (" + service + ")");
            }
            total += quantity;
            out.add(new PickupBooking.Piece(service, Json.text(piece, "DestinationCountryCode"), container, quantity));
        }
        if (out.isEmpty()) {
            return PickupErrors.refuse(PickupErrors.BAD_PIECES, "At least one PickupPiece is required");
        }
        if (total > 9999) {
            return PickupErrors.refuse(PickupErrors.BAD_PIECES, "At most 9999 packages per pickup");
        }
        return null;
    }

    private ApiResponse trigger(JsonNode req) {
        String account = Json.text(req, "AccountNumber");
        SiteCalendar calendar = system.smartCalendar(account);
        if (calendar == null) {
            return PickupErrors.refuse(PickupErrors.UNKNOWN_ACCOUNT, "Account " + account
                    + " is not enabled for Smart Pickup");
        }
        String option = Json.text(req, "ServiceDateOption");
        if (!"01".equals(option) && !"02".equals(option)) {
            return PickupErrors.refuse(PickupErrors.BAD_OPTION, "ServiceDateOption must be 01 or 02");
        }
        Instant now = system.clock().now();
        LocalDate today = calendar.today(now);
        boolean sameDayPossible = calendar.isBusinessDay(today) && !calendar.pastCallBy(now);
        LocalDate date = "01".equals(option) && sameDayPossible ? today : calendar.nextBusinessDay(today);
        boolean moved = "01".equals(option) && !sameDayPossible;
        PickupBooking existing;
        PickupBooking booking;
        synchronized (system) {
            existing = system.bookings().smart(account, date).orElse(null);
            booking = existing;
            if (booking == null) {
                booking = new PickupBooking(system.newPrn(PickupKind.SMART), PickupKind.SMART, account,
                        new SiteDay(SiteDay.accountKey(account), date), calendar, calendar.callByTime(),
                        PickupSystem.smartPickupTime(calendar), List.of(), null, false, null, null, BigDecimal.ZERO,
                        now);
                system.record(booking);
            }
        }
        ObjectNode body = Json.object();
        ObjectNode answer = body.putObject("PickupTriggerGWNResponse");
        PickupResponses.success(answer);
        answer.put("ServiceDate", PickupDay.format(date));
        if (moved) {
            answer.put("NextBusinessDayIndicator", "Y");
        }
        answer.put("PRN", booking.prn());
        answer.putObject("TriggerStatus").put("Code", existing == null ? "01" : "02")
                .put("Description", existing == null ? "NEW" : "EXISTING");
        return ApiResponse.ok(body);
    }
}
