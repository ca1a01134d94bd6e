package dev.x3ups.ups.client.track;

import java.util.List;

/** What Track answered. UPS says "not found" with HTTP 200 and warning TW0001 (docs/architecture.md, "UPS facts: errors and retries"). */
public record TrackResult(List<TrackedShipment> shipments) {
    public static final String NOT_FOUND = "TW0001";

    public TrackResult {
        shipments = List.copyOf(shipments);
    }

    public List<TrackedPackage> packages() {
        return shipments.stream().flatMap(s -> s.packages().stream()).toList();
    }

    public boolean found() {
        return !packages().isEmpty();
    }

    /** Whether UPS said TW0001 explicitly (as opposed to an empty answer). */
    public boolean notFoundWarning() {
        return shipments.stream().flatMap(s -> s.warnings().stream()).anyMatch(w -> NOT_FOUND.equals(w.code()));
    }
}
