package dev.x3ups.ups.simulator.ship;

import dev.x3ups.ups.simulator.network.PackageMeasure;
import dev.x3ups.ups.simulator.timeline.Timeline;
import java.util.List;

/** One package of a shipment: its 1Z number, references, label and scan timeline. */
public record ShippedPackage(String trackingNumber, Shipment shipment, List<ReferenceNumber> references,
                             PackageMeasure measure, String labelFormat, String label, Timeline timeline) {

    @Override
    public String toString() {
        return "ShippedPackage[" + trackingNumber + "]";
    }
}
