package dev.x3ups.ups.client.ship;

import java.util.Map;

/** {@code VoidShipmentResponse}: the summary status and, when packages were named, one status per package. */
public record VoidResult(String statusCode, String statusDescription, Map<String, String> packageStatus) {
    public VoidResult {
        packageStatus = Map.copyOf(packageStatus);
    }

    /** UPS reports success with summary status code "1". */
    public boolean voided() {
        return "1".equals(statusCode);
    }
}
