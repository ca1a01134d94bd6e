package dev.x3ups.ups.client.pickup;

import java.util.Objects;

/**
 * How an on-call pickup is paid ({@code PaymentMethod}): nothing to pay ({@code 00}, where pickups are free or
 * rating said zero) or the shipper's account ({@code 01}, which needs the account number and its country).
 */
public record PickupPayment(String method, String accountNumber, String accountCountryCode) {
    public static final String NONE = "00";
    public static final String SHIPPER_ACCOUNT = "01";

    public PickupPayment {
        Objects.requireNonNull(method, "method");
        if (SHIPPER_ACCOUNT.equals(method) && (accountNumber == null || accountCountryCode == null)) {
            throw new IllegalArgumentException("payment by shipper account needs the account number and country");
        }
    }

    public static PickupPayment none() {
        return new PickupPayment(NONE, null, null);
    }

    public static PickupPayment shipperAccount(String accountNumber, String accountCountryCode) {
        return new PickupPayment(SHIPPER_ACCOUNT, accountNumber, accountCountryCode);
    }
}
