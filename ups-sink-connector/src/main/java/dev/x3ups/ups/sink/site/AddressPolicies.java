package dev.x3ups.ups.sink.site;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which {@link AddressPolicy} applies to an order: the destination country's ({@code address.policy.countries})
 * before the shipping site's ({@code site.<CODE>.address.policy}) before the connector's ({@code address.policy}).
 */
public record AddressPolicies(AddressPolicy fallback, Map<String, AddressPolicy> bySite,
                              Map<String, AddressPolicy> byCountry) {
    public static final AddressPolicies OFF = new AddressPolicies(AddressPolicy.OFF, Map.of(), Map.of());

    public AddressPolicies {
        Objects.requireNonNull(fallback, "fallback");
        bySite = Map.copyOf(bySite);
        byCountry = Map.copyOf(byCountry);
    }

    public AddressPolicy of(String siteCode, String countryCode) {
        AddressPolicy country = countryCode == null ? null : byCountry.get(countryCode.strip().toUpperCase(Locale.ROOT));
        if (country != null) {
            return country;
        }
        AddressPolicy site = siteCode == null ? null : bySite.get(siteCode.strip());
        return site != null ? site : fallback;
    }

    /** Whether any site or country checks addresses at all (no Address Validation client is needed otherwise). */
    public boolean anyChecks() {
        return fallback != AddressPolicy.OFF || bySite.values().stream().anyMatch(p -> p != AddressPolicy.OFF)
                || byCountry.values().stream().anyMatch(p -> p != AddressPolicy.OFF);
    }
}
