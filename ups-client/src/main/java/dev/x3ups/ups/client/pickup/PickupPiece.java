package dev.x3ups.ups.client.pickup;

import java.util.Objects;

/**
 * One line of an on-call pickup: how many packages of one service, to one destination country, in one container.
 * UPS takes at most 999 per service.
 */
public record PickupPiece(String serviceCode, String destinationCountryCode, PickupContainer container, int quantity) {
    public static final int MAX_QUANTITY = 999;

    public PickupPiece {
        Objects.requireNonNull(container, "container");
        if (serviceCode == null || !serviceCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("a pickup service code has 3 digits, got " + serviceCode);
        }
        if (destinationCountryCode == null || destinationCountryCode.length() != 2) {
            throw new IllegalArgumentException("destination country must be a 2-letter code, got " + destinationCountryCode);
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("pickup quantity per service is 1 to " + MAX_QUANTITY + ", got " + quantity);
        }
    }

    /** A piece for a shipping service code such as {@code "03"} (Ground), whose pickup code is {@code "003"}. */
    public static PickupPiece forShippingService(String shippingServiceCode, String destinationCountryCode,
                                                 PickupContainer container, int quantity) {
        return new PickupPiece(pickupServiceCode(shippingServiceCode), destinationCountryCode, container, quantity);
    }

    /** UPS's 3-digit pickup service code for a shipping service code: the same number, zero-padded. */
    public static String pickupServiceCode(String shippingServiceCode) {
        String code = Objects.requireNonNull(shippingServiceCode, "shippingServiceCode").trim();
        if (!code.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("not a numeric UPS service code: " + shippingServiceCode);
        }
        return "0".repeat(3 - code.length()) + code;
    }
}
