package dev.x3ups.ups.client.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.json.Lenient;
import dev.x3ups.ups.client.ship.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Pickup answers leniently: single objects for lists, numbers as strings, blanks as absent. UPS's own Smart
 * Pickup example nests {@code ServiceDate} and {@code PRN} inside {@code Response} while the schema puts them beside
 * it, so both places are read.
 */
final class PickupResponseReader {
    private PickupResponseReader() {
    }

    /** The booked pickup, or {@code null} when the answer carries no PRN. */
    static PickupOutcome.Booked creation(JsonNode body) {
        JsonNode response = Lenient.at(body, "PickupCreationResponse");
        String prn = Lenient.text(response, "PRN");
        if (prn == null) {
            return null;
        }
        PickupRate rate = null;
        if (!Lenient.at(response, "RateResult").isMissingNode()) {
            rate = rate(Lenient.at(response, "RateResult"));
        }
        return new PickupOutcome.Booked(prn, rate, alerts(Lenient.at(response, "Response")));
    }

    static PickupRate rating(JsonNode body) {
        return rate(Lenient.at(body, "PickupRateResponse", "RateResult"));
    }

    static SmartPickupTrigger smartTrigger(JsonNode body) {
        JsonNode response = Lenient.at(body, "PickupTriggerGWNResponse");
        JsonNode inner = Lenient.at(response, "Response");
        return new SmartPickupTrigger(
                either(response, inner, "PRN"),
                date(either(response, inner, "ServiceDate")),
                SmartPickupTrigger.Status.of(either(response, inner, "TriggerStatus", "Code"),
                        either(response, inner, "TriggerStatus", "Description")),
                "Y".equalsIgnoreCase(either(response, inner, "NextBusinessDayIndicator")));
    }

    static List<PendingPickup> pending(JsonNode body) {
        List<PendingPickup> out = new ArrayList<>();
        for (JsonNode item : Lenient.list(Lenient.at(body, "PickupPendingStatusResponse"), "PendingStatus")) {
            String prn = Lenient.text(item, "PRN");
            if (prn == null) {
                continue;
            }
            String message = Lenient.text(item, "PickupStatusMessage");
            PickupStatus status = PickupStatus.of(message);
            if (status == PickupStatus.UNKNOWN) {
                status = PickupStatus.of(Lenient.text(item, "OnCallStatusCode"));
            }
            out.add(new PendingPickup(prn, date(Lenient.text(item, "ServiceDate")), Lenient.text(item, "PickupType"),
                    status, message, Lenient.text(item, "ReferenceNumber"), Lenient.text(item, "ContactName")));
        }
        return out;
    }

    /** A local {@code yyyyMMdd} date; {@code null} when absent or not a date. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static PickupRate rate(JsonNode result) {
        if (result.isMissingNode()) {
            return null;
        }
        BigDecimal total = Lenient.decimal(result, "GrandTotalOfAllCharge");
        return new PickupRate(total == null ? null : new Money(Lenient.text(result, "CurrencyCode"), total),
                Lenient.text(result, "RateType"));
    }

    private static List<UpsError> alerts(JsonNode response) {
        List<UpsError> out = new ArrayList<>();
        for (JsonNode alert : Lenient.list(response, "Alert")) {
            String code = Lenient.text(alert, "Code");
            if (code != null) {
                out.add(new UpsError(code, Lenient.text(alert, "Description")));
            }
        }
        return out;
    }

    private static String either(JsonNode first, JsonNode second, String... path) {
        String value = Lenient.text(first, path);
        return value != null ? value : Lenient.text(second, path);
    }
}
