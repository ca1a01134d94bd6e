package dev.x3ups.quickstart.summary;

import java.util.List;

/** What UPS (the simulator) knows: shipments per reference and where the parcels' journeys end. */
public interface UpsView {

    /** Where a shipment's packages stand on the carrier's clock. */
    enum Journey { UNKNOWN, MOVING, DELIVERED, RETURNED }

    /** Shipments ever created with this reference value (voided ones included). */
    int created(String reference);

    /** Shipments with this reference value that are not voided. */
    int live(String reference);

    /** DELIVERED when every package was delivered, RETURNED when all have ended and one went back. */
    Journey journey(List<String> trackingNumbers);

    /** Whether UPS e-mailed this package's label (an Electronic Return Label) instead of returning it. */
    default boolean labelEmailed(String trackingNumber) {
        return false;
    }
}
