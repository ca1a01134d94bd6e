package dev.x3ups.ups.simulator.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.Route;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /admin/pickups/...}: the bookings, counts per site and day, and site / Smart account calendars. */
public final class PickupAdminRoutes {
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private final PickupSystem system;

    public PickupAdminRoutes(PickupSystem system) {
        this.system = system;
    }

    public List<Route> routes() {
        return List.of(
                Route.admin("GET", "/admin/pickups", r -> ApiResponse.ok(bookings())),
                Route.admin("GET", "/admin/pickups/per-site-day", r ->
                        ApiResponse.ok(counts(system.bookings().livePerSiteDay()))),
                Route.admin("GET", "/admin/pickups/duplicates", r ->
                        ApiResponse.ok(counts(system.bookings().duplicates()))),
                Route.admin("PUT", "/admin/pickups/sites/{country}/{postalCode}", r -> {
                    system.configureSite(r.pathParam("country"), r.pathParam("postalCode"),
                            calendar(Json.parse(r.body())));
                    return ApiResponse.of(204, null);
                }),
                Route.admin("PUT", "/admin/pickups/smart-accounts/{account}", r -> {
                    system.configureSmartAccount(r.pathParam("account"), calendar(Json.parse(r.body())));
                    return ApiResponse.of(204, null);
                }),
                Route.admin("PUT", "/admin/pickups/same-prn", r -> {
                    system.setSamePrnForSameSiteDay(Json.parse(r.body()).path("on").asBoolean(false));
                    return ApiResponse.of(204, null);
                }));
    }

    /** {@code {"zone":"America/New_York","callBy":"1700","leadMinutes":60,"saturdays":false,"holidays":["2026-12-25"]}}. */
    static SiteCalendar calendar(JsonNode b) {
        Set<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        if (b.path("saturdays").asBoolean(false)) {
            days.add(DayOfWeek.SATURDAY);
        }
        Set<LocalDate> holidays = new HashSet<>();
        Json.list(b.path("holidays")).forEach(h -> holidays.add(LocalDate.parse(h.asText())));
        return new SiteCalendar(ZoneId.of(b.path("zone").asText("UTC")),
                b.hasNonNull("callBy") ? LocalTime.parse(b.get("callBy").asText(), HHMM) : SiteCalendar.DEFAULT_CALL_BY,
                b.hasNonNull("leadMinutes") ? Duration.ofMinutes(b.get("leadMinutes").asLong())
                        : SiteCalendar.DEFAULT_LEAD_TIME, days, holidays);
    }

    private ArrayNode bookings() {
        ArrayNode out = Json.array();
        var now = system.clock().now();
        for (PickupBooking b : system.bookings().all()) {
            ObjectNode n = out.addObject();
            n.put("prn", b.prn()).put("kind", b.kind().name()).put("account", b.account()).put("site", b.site())
                    .put("date", b.date().toString()).put("ready", HHMM.format(b.readyTime()))
                    .put("close", HHMM.format(b.closeTime())).put("packages", b.packageCount())
                    .put("reference", b.reference()).put("state", b.state(now).name())
                    .put("charge", b.charge().toPlainString()).put("bookedAt", b.bookedAt().toString());
            ArrayNode pieces = n.putArray("pieces");
            b.pieces().forEach(p -> pieces.addObject().put("serviceCode", p.serviceCode())
                    .put("destinationCountryCode", p.destinationCountryCode()).put("containerCode", p.containerCode())
                    .put("quantity", p.quantity()));
        }
        return out;
    }

    private static ObjectNode counts(Map<SiteDay, Integer> counts) {
        ObjectNode n = Json.object();
        counts.forEach((k, v) -> n.put(k.toString(), v));
        return n;
    }
}
