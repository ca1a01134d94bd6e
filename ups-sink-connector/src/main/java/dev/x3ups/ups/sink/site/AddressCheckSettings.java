package dev.x3ups.ups.sink.site;

import static dev.x3ups.ups.sink.planning.PlanningValidators.listOf;
import static dev.x3ups.ups.sink.site.SiteConfig.siteKey;

import dev.x3ups.connect.DescribedValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The address-check keys: the policy for all sites, per site ({@code site.<CODE>.address.policy}) and per
 * destination country, whether UPS's ZIP+4 and casing go into the request, and the result cache's bounds.
 *
 * @param policies         which policy applies to a site and destination country
 * @param applyCorrections send UPS's corrected form of a valid address (never written back to X3)
 * @param cacheEntries     most addresses whose UPS answer is kept
 * @param cacheMaxAge      how long an answer is trusted
 */
public record AddressCheckSettings(AddressPolicies policies, boolean applyCorrections, int cacheEntries,
                                   Duration cacheMaxAge) {
    public static final String GROUP = "Address checks";

    public static final String POLICY_CONFIG = "address.policy";
    public static final String POLICY_DOC = "What is done with a sales order's ship-to before shipping: OFF ships what "
            + "X3 holds; CLASSIFY asks UPS Address Validation whether the address is residential and sends that; "
            + "VALIDATE also holds the order (ledger HELD, flagged in X3 with UPS's candidates) when UPS finds the "
            + "address ambiguous or unknown. Only US and Puerto Rico addresses are checked; others pass through. "
            + "Overridden per site by site.<CODE>.address.policy and per country by address.policy.countries.";
    public static final String POLICY_DISPLAY = "Address policy";

    public static final String COUNTRIES_CONFIG = "address.policy.countries";
    public static final String COUNTRIES_DOC = "Policy per destination country, as CC:POLICY entries (e.g. PR:CLASSIFY); "
            + "wins over the site's and the connector's policy. Countries other than US and PR are never checked.";
    public static final String COUNTRIES_DISPLAY = "Address policy per country";

    public static final String APPLY_CORRECTIONS_CONFIG = "address.corrections.apply";
    public static final String APPLY_CORRECTIONS_DOC = "Under VALIDATE, send UPS's form of a valid address (ZIP+4, "
            + "casing, street spelling) in the ship request; the ledger notes record what was sent. X3's address is "
            + "never changed.";
    public static final String APPLY_CORRECTIONS_DISPLAY = "Apply UPS address corrections";

    public static final String CACHE_ENTRIES_CONFIG = "address.cache.max.entries";
    public static final String CACHE_ENTRIES_DOC = "Addresses whose UPS answer is kept per task (least recently used "
            + "dropped first), so a repeat customer costs no Address Validation call.";
    public static final String CACHE_ENTRIES_DISPLAY = "Address cache size";

    public static final String CACHE_MAX_AGE_MS_CONFIG = "address.cache.max.age.ms";
    public static final String CACHE_MAX_AGE_MS_DOC = "How long a UPS answer about an address is reused (UPS updates "
            + "its validation data monthly and classification weekly).";
    public static final String CACHE_MAX_AGE_MS_DISPLAY = "Address cache max age (ms)";

    /** {@code site.<CODE>.address.policy}: the site's policy, empty for the connector's. */
    public static final String SITE_ADDRESS_POLICY = "address.policy";

    public static final AddressCheckSettings NONE =
            new AddressCheckSettings(AddressPolicies.OFF, false, 10_000, Duration.ofDays(180));

    private static final String POLICIES = "OFF, CLASSIFY or VALIDATE";

    public static ConfigDef addTo(ConfigDef def) {
        int order = 0;
        return def
                .define(POLICY_CONFIG, Type.STRING, AddressPolicy.OFF.name(), policy(), Importance.MEDIUM, POLICY_DOC,
                        GROUP, ++order, Width.SHORT, POLICY_DISPLAY)
                .define(COUNTRIES_CONFIG, Type.LIST, "", countryPolicies(), Importance.LOW, COUNTRIES_DOC, GROUP,
                        ++order, Width.MEDIUM, COUNTRIES_DISPLAY)
                .define(APPLY_CORRECTIONS_CONFIG, Type.BOOLEAN, false, Importance.LOW, APPLY_CORRECTIONS_DOC, GROUP,
                        ++order, Width.SHORT, APPLY_CORRECTIONS_DISPLAY)
                .define(CACHE_ENTRIES_CONFIG, Type.INT, 10_000, Range.atLeast(0), Importance.LOW, CACHE_ENTRIES_DOC,
                        GROUP, ++order, Width.SHORT, CACHE_ENTRIES_DISPLAY)
                .define(CACHE_MAX_AGE_MS_CONFIG, Type.LONG, Duration.ofDays(180).toMillis(), Range.atLeast(0),
                        Importance.LOW, CACHE_MAX_AGE_MS_DOC, GROUP, ++order, Width.SHORT, CACHE_MAX_AGE_MS_DISPLAY);
    }

    /** Adds {@code site.<CODE>.address.policy} of each site to {@code def} and returns it. */
    static ConfigDef addSiteKeys(ConfigDef def, Collection<String> siteCodes) {
        int order = 900;
        for (String code : siteCodes) {
            def.define(siteKey(code, SITE_ADDRESS_POLICY), Type.STRING, null, optionalPolicy(), Importance.LOW,
                    "Address policy of sales orders shipped from site " + code + " (" + POLICIES + "). Empty: "
                            + POLICY_CONFIG + ".", "Ship-from site " + code, ++order, Width.SHORT,
                    code + " address policy");
        }
        return def;
    }

    /** Reads the keys of every listed site; a {@link ConfigException} names the first bad key. */
    public static AddressCheckSettings from(Map<String, ?> props, Collection<String> siteCodes) {
        Map<String, Object> values = addSiteKeys(addTo(new ConfigDef()), siteCodes).parse(props);
        Map<String, AddressPolicy> bySite = new LinkedHashMap<>();
        for (String code : siteCodes) {
            Object value = values.get(siteKey(code, SITE_ADDRESS_POLICY));
            if (value != null && !value.toString().isBlank()) {
                bySite.put(code, parse(value.toString()));
            }
        }
        Map<String, AddressPolicy> byCountry = new LinkedHashMap<>();
        for (String entry : listOf(values.get(COUNTRIES_CONFIG))) {
            String[] parts = entry.split(":", 2);
            byCountry.put(parts[0].strip().toUpperCase(Locale.ROOT), parse(parts[1]));
        }
        return new AddressCheckSettings(new AddressPolicies(parse((String) values.get(POLICY_CONFIG)), bySite, byCountry),
                (Boolean) values.get(APPLY_CORRECTIONS_CONFIG), (Integer) values.get(CACHE_ENTRIES_CONFIG),
                Duration.ofMillis((Long) values.get(CACHE_MAX_AGE_MS_CONFIG)));
    }

    private static AddressPolicy parse(String value) {
        return AddressPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    private static boolean isPolicy(String value) {
        try {
            parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ConfigDef.Validator policy() {
        return DescribedValidator.of(POLICIES, (name, value) -> {
            if (value == null || !isPolicy(value.toString())) {
                throw new ConfigException(name, value, "must be " + POLICIES);
            }
        });
    }

    private static ConfigDef.Validator optionalPolicy() {
        return DescribedValidator.of(POLICIES + ", or empty", (name, value) -> {
            if (value != null && !value.toString().isBlank() && !isPolicy(value.toString())) {
                throw new ConfigException(name, value, "must be " + POLICIES + ", or empty");
            }
        });
    }

    private static ConfigDef.Validator countryPolicies() {
        return DescribedValidator.of("list of CC:POLICY (ISO two-letter country : " + POLICIES + "), each country once",
                (name, value) -> {
                    List<String> seen = new ArrayList<>();
                    for (String entry : listOf(value)) {
                        String[] parts = entry.split(":", 2);
                        if (parts.length != 2 || !parts[0].strip().matches("[A-Za-z]{2}") || !isPolicy(parts[1])) {
                            throw new ConfigException(name, value, "entry '" + entry + "' is not CC:POLICY with "
                                    + "POLICY " + POLICIES);
                        }
                        String country = parts[0].strip().toUpperCase(Locale.ROOT);
                        if (seen.contains(country)) {
                            throw new ConfigException(name, value, "country " + country + " is listed twice");
                        }
                        seen.add(country);
                    }
                });
    }
}
