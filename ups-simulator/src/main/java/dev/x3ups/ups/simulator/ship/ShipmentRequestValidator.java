package dev.x3ups.ups.simulator.ship;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.network.AddressRules;
import dev.x3ups.ups.simulator.network.PackageRules;
import dev.x3ups.ups.simulator.network.ServiceCatalog;
import dev.x3ups.ups.simulator.network.ValidationError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a {@code ShipmentRequest} the way UPS does and reports the first failure. Codes confirmed by
 * the reference: 120541 (shipment-level reference on US→US / PR→PR), 9370246 (weight unit). The others
 * follow UPS's 12xxxx families and are the simulator's own (listed in the README). The body has passed UPS's
 * schema before (see {@code SchemaChecked}); lane and goods rules are in {@link CrossBorderRules}.
 */
public final class ShipmentRequestValidator {
    private static final Pattern SHIPPER_NUMBER = Pattern.compile("[A-Za-z0-9]{6}");

    private final String accountNumber;

    public ShipmentRequestValidator(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public Optional<ValidationError> validate(JsonNode root) {
        JsonNode request = root.get("ShipmentRequest");
        if (request == null || !request.isObject()) {
            return error("120001", "Missing or invalid ShipmentRequest");
        }
        String option = Json.text(request.get("Request"), "RequestOption");
        if (option != null && !option.equalsIgnoreCase("nonvalidate") && !option.equalsIgnoreCase("validate")) {
            return error("120002", "Invalid request option: " + option);
        }
        String context = Json.text(request.path("Request").get("TransactionReference"), "CustomerContext");
        if (context != null && context.length() > 512) {
            return error("120003", "CustomerContext exceeds 512 characters");
        }
        JsonNode shipment = request.get("Shipment");
        if (shipment == null || !shipment.isObject()) {
            return error("120004", "Missing or invalid Shipment");
        }
        return validateShipment(shipment);
    }

    private Optional<ValidationError> validateShipment(JsonNode shipment) {
        JsonNode shipper = shipment.get("Shipper");
        Optional<ValidationError> e = AddressRules.check(shipper, "shipper", 1201, true);
        if (e.isPresent()) {
            return e;
        }
        String shipperNumber = Json.text(shipper, "ShipperNumber");
        if (shipperNumber == null || !SHIPPER_NUMBER.matcher(shipperNumber).matches()) {
            return error("120100", "Missing or invalid shipper number");
        }
        if (!shipperNumber.equalsIgnoreCase(accountNumber)) {
            return error("120105", "The shipper number is not valid for this user");
        }
        e = AddressRules.check(shipment.get("ShipTo"), "ship to", 1202, true);
        if (e.isEmpty() && Json.present(shipment, "ShipFrom")) {
            e = AddressRules.check(shipment.get("ShipFrom"), "ship from", 1203, true);
        }
        if (e.isPresent()) {
            return e;
        }
        Address origin = Address.from((Json.present(shipment, "ShipFrom") ? shipment.get("ShipFrom") : shipper).get("Address"));
        Address destination = Address.from(shipment.get("ShipTo").get("Address"));
        boolean domestic = Address.domesticPair(origin, destination);
        boolean international = !origin.countryCode().equals(destination.countryCode());
        if (international && blank(Json.text(shipment, "Description"))) {
            return error("120010", "A shipment description is required for international shipments");
        }
        e = validateInvoiceLineTotal(shipment, origin, destination);
        if (e.isPresent()) {
            return e;
        }
        String service = Json.text(shipment.get("Service"), "Code");
        if (service == null || !ServiceCatalog.known(service)) {
            return error("120500", "Missing or invalid service code");
        }
        if (!ServiceCatalog.offered(service, origin, destination)) {
            return error("111210", "The requested service is unavailable between the selected locations.");
        }
        e = validatePayment(shipment.get("PaymentInformation"), shipperNumber, domestic);
        if (e.isEmpty()) {
            e = CrossBorderRules.check(shipment, origin, destination, service);
        }
        if (e.isPresent()) {
            return e;
        }
        if (!Json.list(shipment.get("ReferenceNumber")).isEmpty()) {
            if (domestic) {
                return error("120541", "Shipment/ReferenceNumber is not allowed for this shipment");
            }
            e = validateReferences(shipment.get("ReferenceNumber"));
            if (e.isPresent()) {
                return e;
            }
        }
        return validatePackages(shipment.get("Package"));
    }

    /**
     * {@code InvoiceLineTotal}: required for forward shipments from the US to Canada or Puerto Rico, not
     * available on any other (Shipping.yaml {@code Shipment_InvoiceLineTotal}); amounts 1–99999999.
     */
    private static Optional<ValidationError> validateInvoiceLineTotal(JsonNode shipment, Address origin,
                                                                      Address destination) {
        boolean required = "US".equals(origin.countryCode())
                && ("CA".equals(destination.countryCode()) || "PR".equals(destination.countryCode()))
                && !Json.present(shipment, "ReturnService");
        JsonNode total = shipment.get("InvoiceLineTotal");
        if (total == null || total.isNull()) {
            return required ? error("120415", "InvoiceLineTotal is required for forward shipments from the US to "
                    + "Canada or Puerto Rico") : Optional.empty();
        }
        if (!required) {
            return error("120416", "InvoiceLineTotal is not available for this shipment");
        }
        String currency = Json.text(total, "CurrencyCode");
        String value = Json.text(total, "MonetaryValue");
        // "Valid values are from 1 to 99999999": cents are tolerated, the spec does not say they are refused.
        if (currency == null || !currency.matches("[A-Z]{3}") || value == null
                || !value.matches("\\d{1,8}(\\.\\d{1,2})?") || new BigDecimal(value).compareTo(BigDecimal.ONE) < 0) {
            return error("120415", "Missing or invalid InvoiceLineTotal (CurrencyCode, MonetaryValue 1 to 99999999)");
        }
        return Optional.empty();
    }

    private Optional<ValidationError> validatePayment(JsonNode payment, String shipperNumber, boolean domestic) {
        List<JsonNode> charges = Json.list(payment == null ? null : payment.get("ShipmentCharge"));
        if (charges.isEmpty()) {
            return error("120400", "Missing or invalid shipment charge (PaymentInformation/ShipmentCharge)");
        }
        boolean transportation = false;
        for (JsonNode charge : charges) {
            String type = Json.text(charge, "Type");
            if (!"01".equals(type) && !"02".equals(type) && !"03".equals(type)) {
                return error("120401", "Missing or invalid shipment charge type");
            }
            if ("02".equals(type) && domestic) {
                return error("120402", "Duties and taxes charges are not allowed for a qualified domestic shipment");
            }
            transportation |= "01".equals(type);
            int payers = 0;
            for (String p : List.of("BillShipper", "BillReceiver", "BillThirdParty", "ConsigneeBilledIndicator")) {
                payers += Json.present(charge, p) ? 1 : 0;
            }
            if (payers != 1) {
                return error("120403", "Exactly one payer (BillShipper, BillReceiver, BillThirdParty or "
                        + "ConsigneeBilledIndicator) is required per shipment charge");
            }
            JsonNode billShipper = charge.get("BillShipper");
            if (billShipper != null) {
                String account = Json.text(billShipper, "AccountNumber");
                boolean alternative = Json.present(billShipper, "CreditCard")
                        || Json.present(billShipper, "AlternatePaymentMethod");
                if (account == null && !alternative) {
                    return error("120412", "Missing BillShipper AccountNumber");
                }
                if (account != null && !account.equalsIgnoreCase(shipperNumber)) {
                    return error("120120", "BillShipper AccountNumber must be the same as the Shipper's ShipperNumber");
                }
            }
        }
        if (!transportation) {
            return error("120404", "A transportation shipment charge (Type 01) is required");
        }
        return Optional.empty();
    }

    private Optional<ValidationError> validatePackages(JsonNode packages) {
        List<JsonNode> list = Json.list(packages);
        if (list.isEmpty()) {
            return error("120600", "Missing or invalid package");
        }
        if (list.size() > 200) {
            return error("120605", "A shipment may hold at most 200 packages");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode pkg = list.get(i);
            if (blank(Json.text(pkg.get("Packaging"), "Code"))) {
                return error("120601", "Missing or invalid packaging type for package " + (i + 1));
            }
            Optional<ValidationError> e = PackageRules.checkWeight(pkg, i + 1);
            if (e.isEmpty()) {
                e = validateReferences(pkg.get("ReferenceNumber"));
            }
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private Optional<ValidationError> validateReferences(JsonNode references) {
        for (JsonNode ref : Json.list(references)) {
            String value = Json.text(ref, "Value");
            if (blank(value) || value.length() > 35) {
                return error("120540", "Missing or invalid reference number value (1 to 35 characters)");
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
