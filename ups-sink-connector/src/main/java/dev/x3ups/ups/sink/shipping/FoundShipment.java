package dev.x3ups.ups.sink.shipping;

import dev.x3ups.ups.client.ship.ShippingLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * A shipment UPS holds under our reference: its id (the first package's tracking number), its packages and the
 * labels that came with the look-up (Label Recovery answers with them; other look-ups bring none).
 */
public record FoundShipment(String shipmentId, List<String> trackingNumbers, List<ShippingLabel> labels) {
    public FoundShipment {
        trackingNumbers = List.copyOf(trackingNumbers);
        labels = List.copyOf(labels);
    }

    public FoundShipment(String shipmentId, List<String> trackingNumbers) {
        this(shipmentId, trackingNumbers, List.of());
    }

    /**
     * Groups the packages found into shipments of {@code packagesPerShipment}. UPS numbers a shipment's packages
     * consecutively and uses the first as the shipment id, so sorted numbers fall into shipments in order; the
     * earliest shipment comes first.
     */
    public static List<FoundShipment> group(List<String> trackingNumbers, int packagesPerShipment) {
        List<String> sorted = new ArrayList<>(trackingNumbers);
        sorted.sort(null);
        int size = Math.max(1, packagesPerShipment);
        List<FoundShipment> shipments = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += size) {
            List<String> packages = sorted.subList(from, Math.min(sorted.size(), from + size));
            shipments.add(new FoundShipment(packages.get(0), packages));
        }
        return shipments;
    }
}
