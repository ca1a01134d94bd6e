package dev.x3ups.ups.client.pickup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.json.UpsJson;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Pickup.yaml v2409 request bodies. Dates are site-local {@code yyyyMMdd}, times site-local {@code HHmm}. The
 * creation address takes {@code AddressLine} as a list, the rating address as one string.
 */
public final class PickupRequestJson {
    static final String SUB_VERSION = "2409";
    static final String SPECIFIC_DAY = "03";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private PickupRequestJson() {
    }

    public static ObjectNode creation(PickupRequest pickup) {
        ObjectNode root = UpsJson.object();
        ObjectNode body = root.putObject("PickupCreationRequest");
        request(body, pickup.reference());
        body.put("RatePickupIndicator", flag(pickup.rate()));
        PickupPayment payment = pickup.payment();
        if (payment.accountNumber() != null) {
            body.putObject("Shipper").putObject("Account")
                    .put("AccountNumber", payment.accountNumber())
                    .put("AccountCountryCode", payment.accountCountryCode());
        }
        dateInfo(body, pickup.date(), pickup.readyTime(), pickup.closeTime());
        PickupAddress address = pickup.address();
        ObjectNode out = body.putObject("PickupAddress");
        out.put("CompanyName", address.companyName());
        out.put("ContactName", address.contactName());
        ArrayNode lines = out.putArray("AddressLine");
        address.addressLines().forEach(lines::add);
        out.put("City", address.city());
        putIfText(out, "StateProvince", address.stateProvince());
        putIfText(out, "PostalCode", address.postalCode());
        out.put("CountryCode", address.countryCode());
        out.put("ResidentialIndicator", flag(address.residential()));
        putIfText(out, "PickupPoint", address.pickupPoint());
        out.putObject("Phone").put("Number", address.phone());
        body.put("AlternateAddressIndicator", flag(pickup.alternateAddress()));
        ArrayNode pieces = body.putArray("PickupPiece");
        for (PickupPiece piece : pickup.pieces()) {
            pieces.addObject()
                    .put("ServiceCode", piece.serviceCode())
                    .put("Quantity", String.valueOf(piece.quantity()))
                    .put("DestinationCountryCode", piece.destinationCountryCode())
                    .put("ContainerCode", piece.container().code());
        }
        if (pickup.totalWeight() != null) {
            body.putObject("TotalWeight")
                    .put("Weight", pickup.totalWeight().upsText())
                    .put("UnitOfMeasurement", pickup.totalWeight().unit().name());
        }
        body.put("OverweightIndicator", flag(pickup.overweight()));
        body.put("PaymentMethod", payment.method());
        putIfText(body, "SpecialInstruction", pickup.specialInstruction());
        putIfText(body, "ReferenceNumber", pickup.reference());
        if (pickup.labelsPrinted()) {
            body.put("ShippingLabelsAvailable", "Y");
        }
        return root;
    }

    public static ObjectNode rating(PickupRequest pickup) {
        ObjectNode root = UpsJson.object();
        ObjectNode body = root.putObject("PickupRateRequest");
        request(body, pickup.reference());
        PickupPayment payment = pickup.payment();
        if (payment.accountNumber() != null) {
            body.putObject("ShipperAccount")
                    .put("AccountNumber", payment.accountNumber())
                    .put("AccountCountryCode", payment.accountCountryCode());
        }
        PickupAddress address = pickup.address();
        ObjectNode out = body.putObject("PickupAddress");
        out.put("AddressLine", address.addressLines().get(0));
        out.put("City", address.city());
        putIfText(out, "StateProvince", address.stateProvince());
        putIfText(out, "PostalCode", address.postalCode());
        out.put("CountryCode", address.countryCode());
        out.put("ResidentialIndicator", flag(address.residential()));
        body.put("AlternateAddressIndicator", flag(pickup.alternateAddress()));
        body.put("ServiceDateOption", SPECIFIC_DAY);
        dateInfo(body, pickup.date(), pickup.readyTime(), pickup.closeTime());
        return root;
    }

    public static ObjectNode smartTrigger(String accountNumber, SmartPickupTrigger.When when, String customerContext) {
        ObjectNode root = UpsJson.object();
        ObjectNode body = root.putObject("PickupTriggerGWNRequest");
        request(body, customerContext);
        body.put("AccountNumber", accountNumber);
        body.put("ServiceDateOption", when.code());
        return root;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    private static void request(ObjectNode body, String customerContext) {
        ObjectNode request = body.putObject("Request");
        request.put("SubVersion", SUB_VERSION);
        if (customerContext != null && !customerContext.isBlank()) {
            request.putObject("TransactionReference").put("CustomerContext", customerContext);
        }
    }

    private static void dateInfo(ObjectNode body, LocalDate date, LocalTime ready, LocalTime close) {
        body.putObject("PickupDateInfo")
                .put("CloseTime", time(close))
                .put("ReadyTime", time(ready))
                .put("PickupDate", date(date));
    }

    private static String flag(boolean value) {
        return value ? "Y" : "N";
    }

    private static void putIfText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
