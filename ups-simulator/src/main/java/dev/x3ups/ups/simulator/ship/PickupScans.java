package dev.x3ups.ups.simulator.ship;

import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.timeline.TimelineScheduler;
import java.time.Instant;
import java.util.Optional;

/** Lets a test have UPS pick a shipment up now instead of hours later on its planned timeline. */
public final class PickupScans {
    private final ShipmentBook book;
    private final TimelineScheduler<ShippedPackage> scheduler;
    private final SimClock clock;

    public PickupScans(ShipmentBook book, TimelineScheduler<ShippedPackage> scheduler, SimClock clock) {
        this.book = book;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Brings the pickup scan of every package forward to now (the later scans move by as much) and
     * publishes it before returning. False when the shipment is unknown, voided or already picked up.
     */
    public boolean pickUpNow(String shipmentId) {
        Optional<Shipment> shipment = book.byId(shipmentId);
        if (shipment.isEmpty()) {
            return false;
        }
        Instant now = clock.now();
        boolean moved = false;
        for (ShippedPackage p : shipment.get().packages()) {
            if (p.timeline().pickUpAt(now)) {
                scheduler.replanned(p);
                moved = true;
            }
        }
        scheduler.pump();
        return moved;
    }

    /** Whether UPS has any package of the shipment by now (a scan past label created). */
    public boolean pickedUp(Shipment shipment) {
        Instant now = clock.now();
        return shipment.packages().stream().anyMatch(p -> p.timeline().pickedUpBy(now));
    }
}
