package dev.x3ups.ups.simulator.ship;

import dev.x3ups.ups.simulator.network.PackageMeasure;
import dev.x3ups.ups.simulator.timeline.Timeline;
import java.util.List;

/** One package of a shipment: its 1Z number, references, label format and scan timeline. */
public record ShippedPackage(String trackingNumber, Shipment shipment, List<ReferenceNumber> references,
                             PackageMeasure measure, String labelFormat, Timeline timeline) {

    /** The label, rendered when asked: it is derived from the number, and keeping it would cost ~5 KB a package. */
    public String label() {
        return LabelImages.render(labelFormat, trackingNumber);
    }

    @Override
    public String toString() {
        return "ShippedPackage[" + trackingNumber + "]";
    }
}
