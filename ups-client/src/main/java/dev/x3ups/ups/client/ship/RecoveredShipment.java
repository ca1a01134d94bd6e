package dev.x3ups.ups.client.ship;

import java.util.List;

/** What Label Recovery found for a tracking or reference number: the shipment and its packages' tracking numbers. */
public record RecoveredShipment(String shipmentId, List<String> trackingNumbers, List<ShippingLabel> labels) {
    public RecoveredShipment {
        trackingNumbers = List.copyOf(trackingNumbers);
        labels = List.copyOf(labels);
    }
}
