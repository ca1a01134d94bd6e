package dev.x3ups.ups.simulator.rate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.network.AddressRules;
import dev.x3ups.ups.simulator.network.PackageRules;
import dev.x3ups.ups.simulator.network.ServiceCatalog;
import dev.x3ups.ups.simulator.network.ValidationError;
import java.util.List;
import java.util.Optional;

/**
 * Checks a {@code RateRequest}: addresses and packages with the Ship rules (names are optional in Rate),
 * {@code PackagingType} instead of {@code Packaging}, and a service for {@code Rate}.
 */
final class RateRequestValidator {
    private RateRequestValidator() {
    }

    static Optional<ValidationError> validate(JsonNode root, boolean shop) {
        JsonNode shipment = root.path("RateRequest").get("Shipment");
        if (shipment == null || !shipment.isObject()) {
            return Optional.of(new ValidationError("111001", "Missing or invalid RateRequest/Shipment"));
        }
        Optional<ValidationError> e = AddressRules.check(shipment.get("Shipper"), "shipper", 1201, false);
        if (e.isEmpty()) {
            e = AddressRules.check(shipment.get("ShipTo"), "ship to", 1202, false);
        }
        if (e.isEmpty() && Json.present(shipment, "ShipFrom")) {
            e = AddressRules.check(shipment.get("ShipFrom"), "ship from", 1203, false);
        }
        if (e.isPresent()) {
            return e;
        }
        if (!shop) {
            String service = Json.text(shipment.get("Service"), "Code");
            if (service == null || !ServiceCatalog.known(service)) {
                return Optional.of(new ValidationError("111100", "The requested service is invalid or missing."));
            }
        }
        List<JsonNode> packages = Json.list(shipment.get("Package"));
        if (packages.isEmpty()) {
            return Optional.of(new ValidationError("120600", "Missing or invalid package"));
        }
        for (int i = 0; i < packages.size(); i++) {
            e = PackageRules.checkWeight(packages.get(i), i + 1);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }
}
