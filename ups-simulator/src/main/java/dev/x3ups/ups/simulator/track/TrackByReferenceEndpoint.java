package dev.x3ups.ups.simulator.track;

import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import dev.x3ups.ups.simulator.visibility.VisibilityLag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/track/v1/reference/details/{referenceNumber}}: packages of shipments that carry the
 * reference (package or shipment level), filtered by {@code shipperNum} and by shipment date between
 * {@code fromPickUpDate} (default today-14) and {@code toPickUpDate} (default today). Label-only
 * shipments are found too, once the {@link LookupChannel#TRACK_BY_REFERENCE} lag has passed since their
 * commit. Nothing found: 200 with TW0001.
 */
public final class TrackByReferenceEndpoint implements ApiHandler {
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private final ShipmentBook book;
    private final SimClock clock;
    private final VisibilityLag lag;

    public TrackByReferenceEndpoint(ShipmentBook book, SimClock clock, VisibilityLag lag) {
        this.book = book;
        this.clock = clock;
        this.lag = lag;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String reference = request.pathParam("referenceNumber");
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate from;
        LocalDate to;
        try {
            from = date(request.queryParam("fromPickUpDate"), today.minusDays(14));
            to = date(request.queryParam("toPickUpDate"), today);
        } catch (DateTimeParseException e) {
            return UpsErrors.error(400, "TV1003", "Invalid pickup date range");
        }
        String shipper = request.queryParam("shipperNum");
        List<ShippedPackage> packages = book.byReference(reference).stream()
                .filter(s -> shipper == null || s.shipperNumber().equalsIgnoreCase(shipper))
                .filter(s -> within(s, from, to))
                .filter(s -> lag.visible(LookupChannel.TRACK_BY_REFERENCE, s.committedAt()))
                .flatMap(s -> s.packages().stream())
                .toList();
        if (packages.isEmpty()) {
            return ApiResponse.ok(TrackResponses.notFound(reference));
        }
        return ApiResponse.ok(TrackResponses.found(reference, packages, now));
    }

    private static boolean within(Shipment s, LocalDate from, LocalDate to) {
        LocalDate d = LocalDate.ofInstant(s.createdAt(), ZoneOffset.UTC);
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static LocalDate date(String text, LocalDate fallback) {
        return text == null || text.isBlank() ? fallback : LocalDate.parse(text.trim(), YMD);
    }
}
