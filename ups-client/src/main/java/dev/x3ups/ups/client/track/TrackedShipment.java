package dev.x3ups.ups.client.track;

import dev.x3ups.ups.client.UpsError;
import java.util.List;

/** One {@code trackResponse.shipment[]} entry; {@code warnings} holds TW0001 when nothing was found. */
public record TrackedShipment(String inquiryNumber, List<UpsError> warnings, List<TrackedPackage> packages) {
    public TrackedShipment {
        warnings = List.copyOf(warnings);
        packages = List.copyOf(packages);
    }
}
