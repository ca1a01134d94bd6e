package dev.x3ups.ups.simulator.ship;

import java.util.concurrent.atomic.AtomicLong;

/**
 * 1Z tracking numbers: {@code 1Z} + shipper number (6) + service (2) + sequence (7) + check digit.
 * Check digit (UPS mod 10): over the 15 characters after "1Z", letters count as (ASCII - 63) mod 10
 * and digits as themselves; values at odd 0-based positions are doubled; the digit is
 * (10 - sum mod 10) mod 10.
 */
public final class TrackingNumbers {
    private final AtomicLong sequence;

    public TrackingNumbers(long start) {
        this.sequence = new AtomicLong(Math.floorMod(start, 9_000_000L));
    }

    public String next(String shipperNumber, String serviceCode) {
        long n = sequence.getAndIncrement() % 10_000_000L;
        String body = shipperNumber.toUpperCase() + serviceCode + String.format("%07d", n);
        return "1Z" + body + checkDigit(body);
    }

    public static char checkDigit(String fifteen) {
        if (fifteen.length() != 15) {
            throw new IllegalArgumentException("need the 15 characters after 1Z");
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = Character.toUpperCase(fifteen.charAt(i));
            int v = Character.isDigit(c) ? c - '0' : (c - 63) % 10;
            sum += i % 2 == 1 ? v * 2 : v;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    public static boolean valid(String trackingNumber) {
        return trackingNumber != null && trackingNumber.length() == 18 && trackingNumber.startsWith("1Z")
                && trackingNumber.substring(2).chars().allMatch(Character::isLetterOrDigit)
                && checkDigit(trackingNumber.substring(2, 17)) == trackingNumber.charAt(17);
    }
}
