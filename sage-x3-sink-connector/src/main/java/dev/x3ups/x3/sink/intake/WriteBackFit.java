package dev.x3ups.x3.sink.intake;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fits what a record says to the lengths of X3's write-back fields before it reaches the order's state,
 * so X3 receives values it stores whole: an exception code of at most {@value #CODE_LENGTH} characters
 * (a short code of its own, never the first characters of a longer one), a status description of at most
 * {@value #DESCRIPTION_LENGTH} and a reason of at most {@value #REASON_LENGTH}. A shortened code is
 * spelled out at the start of the reason; a reason that still does not fit is cut at a word with an
 * ellipsis, so the reader sees it was cut.
 */
public final class WriteBackFit {
    /** Lengths of the write-back fields: exception and status code, status description, reason. */
    public static final int CODE_LENGTH = 10;
    public static final int DESCRIPTION_LENGTH = 80;
    public static final int REASON_LENGTH = 250;
    static final String ELLIPSIS = "…";

    /**
     * Codes the UPS sink reports, as X3 shows them. Each stays recognisable; the reason names the full
     * code. Codes not listed are shortened by {@link #code}'s general rule.
     */
    private static final Map<String, String> SHORT_CODES = Map.ofEntries(
            Map.entry("UNKNOWN_SITE", "UNKN_SITE"),
            Map.entry("UNKNOWN_WEIGHT_UNIT", "WEIGHT_UOM"),
            Map.entry("OVERWEIGHT_ITEM", "OVERWEIGHT"),
            Map.entry("ADDRESS_TOO_LONG", "ADDR_LONG"),
            Map.entry("NO_ADDRESS_LINE", "NO_ADDRESS"),
            Map.entry("NAME_TOO_LONG", "NAME_LONG"),
            Map.entry("FIELD_TOO_LONG", "FIELD_LONG"),
            Map.entry("NO_POSTAL_CODE", "NO_POSTAL"),
            Map.entry("BAD_POSTAL_CODE", "BAD_POSTAL"),
            Map.entry("BAD_ADDRESS", "ADDR_BAD"),
            Map.entry("NO_INVOICE_TOTAL", "NO_INV_TOT"),
            Map.entry("OVERSIZE_PACKAGE", "OVERSIZE"),
            Map.entry("REFERENCE_TOO_LONG", "REF_LONG"),
            Map.entry("PLANNING_FAILED", "PLAN_FAIL"),
            Map.entry("UPS_UNAVAILABLE", "UPS_DOWN"),
            Map.entry("CHANGED_AFTER_SHIPPING", "CHANGED"),
            Map.entry("RETIRED_CHANGED", "RET_CHG"),
            Map.entry("NO_COMMODITY_CODE", "NO_HS_CODE"),
            Map.entry("NO_ORIGIN_COUNTRY", "NO_ORIGIN"),
            Map.entry("NO_UNIT_PRICE", "NO_PRICE"),
            Map.entry("NO_UNIT_VALUE", "NO_VALUE"),
            Map.entry("NO_SUPPLIER_EMAIL", "NO_SUPMAIL"),
            Map.entry("NO_CURRENCY", "NO_CUR"),
            Map.entry("NO_DESCRIPTION", "NO_DESC"),
            Map.entry("NO_ATTENTION_NAME", "NO_ATTN"),
            Map.entry("PO_BOX_NOT_ALLOWED", "PO_BOX"),
            Map.entry("ADDRESS_AMBIGUOUS", "ADDR_AMBIG"),
            Map.entry("ADDRESS_UNKNOWN", "ADDR_UNKN"),
            Map.entry("CANCEL_AFTER_PICKUP", "CANCEL_PU"),
            Map.entry("UNUSED_LABEL", "UNUSED_LBL"),
            Map.entry("VOID_REFUSED", "VOID_FAIL"));
    private static final Pattern VOWELS_AFTER_FIRST = Pattern.compile("(?<=\\p{Alnum})[AEIOU]");

    private WriteBackFit() {
    }

    /**
     * A ledger entry with an X3-sized code, the full code in its reason, and a reason that fits. A flag on a
     * live shipment (a CREATED entry with a code) names its tracking number first, so the reader finds the
     * parcel even when the reason has to be cut.
     */
    public static ShipmentLedgerEntry fit(ShipmentLedgerEntry e) {
        String code = code(e.failureCode());
        String message = namingTheParcel(e);
        if (code != null && !code.equals(e.failureCode().strip())) {
            message = e.failureCode().strip() + (blank(message) ? "" : ": " + message.strip());
        }
        message = text(message, REASON_LENGTH);
        if (Objects.equals(code, e.failureCode()) && Objects.equals(message, e.failureMessage())) {
            return e;
        }
        return e.toBuilder().failureCode(code).failureMessage(message).build();
    }

    private static String namingTheParcel(ShipmentLedgerEntry e) {
        String message = e.failureMessage();
        if (e.state() != ShipmentState.CREATED || blank(e.failureCode()) || e.trackingNumbers().isEmpty()) {
            return message;
        }
        String number = e.trackingNumbers().get(0);
        if (!blank(message) && message.contains(number)) {
            return message;
        }
        return "tracking number " + number + (blank(message) ? "" : ": " + message.strip());
    }

    /** A tracking event whose status code, description and exception reason fit their fields. */
    public static TrackingEvent fit(TrackingEvent e) {
        String code = code(e.statusCode());
        String description = text(e.statusDescription(), DESCRIPTION_LENGTH);
        String reason = text(e.exceptionReason(), REASON_LENGTH);
        if (Objects.equals(code, e.statusCode()) && Objects.equals(description, e.statusDescription())
                && Objects.equals(reason, e.exceptionReason())) {
            return e;
        }
        return new TrackingEvent(e.trackingNumber(), e.orderKey(), e.statusType(), code, description,
                e.activityTime(), e.localActivityDate(), e.localActivityTime(), e.location(), e.scheduledDelivery(),
                e.actualDelivery(), e.exception(), reason, e.source());
    }

    /**
     * {@code code} as X3's code field holds it: unchanged when it fits; the listed short form of a known
     * code; otherwise the words without their inner vowels, then without separators, and as a last resort
     * seven characters and a three-character checksum of the whole code, so two long codes stay apart.
     */
    public static String code(String code) {
        if (blank(code)) {
            return code;
        }
        String trimmed = code.strip();
        if (trimmed.length() <= CODE_LENGTH) {
            return trimmed;
        }
        String known = SHORT_CODES.get(trimmed.toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String upper = trimmed.toUpperCase(Locale.ROOT);
        String consonants = VOWELS_AFTER_FIRST.matcher(upper).replaceAll("");
        if (consonants.length() <= CODE_LENGTH) {
            return consonants;
        }
        String joined = consonants.replaceAll("[^A-Z0-9]", "");
        if (joined.length() <= CODE_LENGTH) {
            return joined;
        }
        String checksum = Integer.toString(Math.floorMod(upper.hashCode(), 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
        return joined.substring(0, CODE_LENGTH - 3) + "0".repeat(3 - checksum.length()) + checksum;
    }

    /** {@code text} stripped, or cut at the last word that fits with an ellipsis after it. */
    public static String text(String text, int length) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() <= length) {
            return stripped;
        }
        String head = stripped.substring(0, length - ELLIPSIS.length());
        int space = head.lastIndexOf(' ');
        if (space > length / 2) {
            head = head.substring(0, space);
        }
        return head.stripTrailing() + ELLIPSIS;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
