package dev.x3ups.ups.client.quantumview;

import java.util.List;

/**
 * One package-level event from a Quantum View subscription file, flattened: a Manifest with three packages
 * becomes three events. Dates are {@code yyyyMMdd}, times {@code HHmmss}; absent fields are {@code null}.
 */
public record QuantumViewEvent(Kind kind, String subscriptionName, String fileName, String trackingNumber,
                               String shipperNumber, List<String> packageReferences, List<String> shipmentReferences,
                               String date, String time, String statusCode, String statusDescription,
                               String activityType, String city, String stateProvince, String countryCode) {

    public enum Kind { MANIFEST, ORIGIN, EXCEPTION, DELIVERY, GENERIC }

    public QuantumViewEvent {
        packageReferences = List.copyOf(packageReferences);
        shipmentReferences = List.copyOf(shipmentReferences);
    }
}
