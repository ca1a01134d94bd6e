package dev.x3ups.ups.simulator.pickup;

import java.math.BigDecimal;
import java.util.Map;

/**
 * On-call pickup prices: one fee per request whatever the number of packages, higher for a same-day pickup
 * (published 2026 US prices: about 14.75 same-day, 9.05 future-day). Smart Pickup is a weekly account fee, so a
 * trigger costs nothing here.
 */
final class PickupTariff {
    static final BigDecimal SAME_DAY = new BigDecimal("14.75");
    static final BigDecimal FUTURE_DAY = new BigDecimal("9.05");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("CA", "CAD"),
            Map.entry("GB", "GBP"), Map.entry("MX", "MXN"), Map.entry("PL", "PLN"), Map.entry("DE", "EUR"),
            Map.entry("FR", "EUR"), Map.entry("IT", "EUR"), Map.entry("ES", "EUR"), Map.entry("NL", "EUR"),
            Map.entry("BE", "EUR"), Map.entry("IE", "EUR"));

    private PickupTariff() {
    }

    static BigDecimal charge(boolean sameDay) {
        return sameDay ? SAME_DAY : FUTURE_DAY;
    }

    static String rateType(boolean sameDay) {
        return sameDay ? "SD" : "FD";
    }

    static String currency(String countryCode) {
        return CURRENCIES.getOrDefault(countryCode, "USD");
    }
}
