package dev.x3ups.ups.simulator.ship;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.network.ValidationError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ship rules that depend on the lane and the goods, as Shipping.yaml describes them: contacts across borders,
 * the commercial invoice for goods between countries, no delivery to PO boxes, and references at the one level
 * the lane allows. UPS documents the rules but not their error codes except 120541; the others are the
 * simulator's best guesses in UPS's 120xxx family (listed in the README).
 */
final class CrossBorderRules {
    /**
     * Services that deliver to PO boxes: those handed to the postal service for the last mile (Mail Innovations
     * M2–M7, SurePost 92–95). Every other UPS service needs a street address.
     */
    static final Set<String> PO_BOX_SERVICES = Set.of("M2", "M3", "M4", "M5", "M6", "M7", "92", "93", "94", "95");
    private static final Pattern PO_BOX = Pattern.compile(
            "(?i)\\b(p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|postfach|case\\s+postale|c\\.?p\\.?\\s+\\d)");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

    private CrossBorderRules() {
    }

    static Optional<ValidationError> check(JsonNode shipment, Address origin, Address destination, String service) {
        boolean international = !origin.countryCode().equals(destination.countryCode());
        if (international) {
            Optional<ValidationError> e = contacts(shipment);
            if (e.isPresent()) {
                return e;
            }
            e = invoice(shipment);
            if (e.isPresent()) {
                return e;
            }
        }
        if (!PO_BOX_SERVICES.contains(service) && destination.lines().stream().anyMatch(l -> PO_BOX.matcher(l).find())) {
            return error("120217", "The ship to address is a PO Box; the selected service cannot deliver to PO Boxes");
        }
        if (!Address.domesticPair(origin, destination)) {
            for (JsonNode pkg : Json.list(shipment.get("Package"))) {
                if (!Json.list(pkg.get("ReferenceNumber")).isEmpty()) {
                    return error("120542", "Package/ReferenceNumber is only allowed for US to US and PR to PR "
                            + "shipments; use Shipment/ReferenceNumber");
                }
            }
        }
        for (JsonNode pkg : Json.list(shipment.get("Package"))) {
            JsonNode dims = pkg.get("Dimensions");
            if (dims != null && !dims.isNull()) {
                for (String side : List.of("Length", "Width", "Height")) {
                    String value = Json.text(dims, side);
                    if (value == null || !WHOLE.matcher(value).matches()) {
                        return error("120609", "Missing or invalid package dimensions: " + side + " '" + value
                                + "' must be a whole number of at most 3 digits");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Shipping.yaml: Shipper.AttentionName and Phone, ShipTo.AttentionName and Phone "required if ... international". */
    private static Optional<ValidationError> contacts(JsonNode shipment) {
        JsonNode shipper = shipment.get("Shipper");
        JsonNode shipTo = shipment.get("ShipTo");
        if (blank(Json.text(shipper, "AttentionName"))) {
            return error("120116", "Missing or invalid shipper attention name; required for international shipments");
        }
        if (blank(Json.text(shipper == null ? null : shipper.get("Phone"), "Number"))) {
            return error("120115", "Missing or invalid shipper phone number; required for international shipments");
        }
        if (blank(Json.text(shipTo, "AttentionName"))) {
            return error("120209", "Missing or invalid ship to attention name; required for international shipments");
        }
        if (blank(Json.text(shipTo == null ? null : shipTo.get("Phone"), "Number"))) {
            return error("120213", "Missing or invalid ship to phone number; required for international shipments");
        }
        return Optional.empty();
    }

    /** Goods between countries travel with a commercial invoice (form 01) carrying what an invoice requires. */
    private static Optional<ValidationError> invoice(JsonNode shipment) {
        if (Json.present(shipment, "DocumentsOnlyIndicator")) {
            return Optional.empty();
        }
        JsonNode forms = shipment.path("ShipmentServiceOptions").get("InternationalForms");
        boolean invoice = forms != null && Json.list(forms.get("FormType")).stream()
                .anyMatch(t -> "01".equals(t.asText()));
        if (!invoice) {
            return error("120431", "International forms are required: goods shipped between countries need a "
                    + "commercial invoice (InternationalForms FormType 01)");
        }
        for (String field : List.of("InvoiceNumber", "InvoiceDate", "ReasonForExport", "CurrencyCode")) {
            if (blank(Json.text(forms, field))) {
                return error("120432", "Missing or invalid " + field + " for the invoice form");
            }
        }
        JsonNode soldTo = forms.path("Contacts").get("SoldTo");
        if (soldTo == null || blank(Json.text(soldTo, "Name")) || blank(Json.text(soldTo, "AttentionName"))) {
            return error("120433", "Missing or invalid SoldTo; required for the invoice form");
        }
        List<JsonNode> products = Json.list(forms.get("Product"));
        if (products.isEmpty() || products.size() > 100) {
            return error("120434", "An invoice form needs 1 to 100 products");
        }
        for (int i = 0; i < products.size(); i++) {
            JsonNode product = products.get(i);
            JsonNode unit = product.get("Unit");
            String value = Json.text(unit, "Value");
            if (Json.list(product.get("Description")).isEmpty() || blank(Json.text(product, "PartNumber"))
                    || blank(Json.text(unit, "Number")) || blank(Json.text(unit == null ? null
                    : unit.get("UnitOfMeasurement"), "Code")) || value == null || !value.matches("\\d+(\\.\\d{1,6})?")
                    || Double.parseDouble(value) <= 0) {
                return error("120435", "Missing or invalid product " + (i + 1) + " of the invoice form (Description, "
                        + "PartNumber, Unit Number, UnitOfMeasurement and a Value above zero are required)");
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<ValidationError> error(String code, String message) {
        return Optional.of(new ValidationError(code, message));
    }
}
