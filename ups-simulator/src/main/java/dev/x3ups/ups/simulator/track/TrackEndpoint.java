package dev.x3ups.ups.simulator.track;

import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/track/v1/details/{inquiryNumber}}. A shipment id lists all its packages. Unknown
 * numbers answer HTTP 200 with warning TW0001, as UPS really does; malformed ones 400 TV1002.
 */
public final class TrackEndpoint implements ApiHandler {
    private final ShipmentBook book;
    private final SimClock clock;

    public TrackEndpoint(ShipmentBook book, SimClock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String inquiry = request.pathParam("inquiryNumber").trim();
        if (inquiry.length() < 7 || inquiry.length() > 34) {
            return UpsErrors.error(400, "TV1002", "Invalid inquiry number");
        }
        Optional<ShippedPackage> pkg = book.byTrackingNumber(inquiry.toUpperCase());
        if (pkg.isEmpty()) {
            return ApiResponse.ok(TrackResponses.notFound(inquiry));
        }
        List<ShippedPackage> packages = pkg.get().shipment().id().equals(pkg.get().trackingNumber())
                && pkg.get().shipment().packages().size() > 1 ? pkg.get().shipment().packages() : List.of(pkg.get());
        return ApiResponse.ok(TrackResponses.found(inquiry, packages, clock.now()));
    }
}
