package dev.x3ups.ups.sink.site;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Each site's {@link ChangedOrderPolicy}: {@code site.<CODE>.changed.order.policy} when set, else the connector's
 * {@code changed.order.policy}. Kept apart from {@link ShippingSite} because only the after-label flow needs it.
 */
public final class ChangedOrderPolicies {
    private ChangedOrderPolicies() {
    }

    /** Site code → policy; a site not configured (or an order without a site) gets {@code fallback}. */
    public static Function<String, ChangedOrderPolicy> from(Map<String, String> props, ChangedOrderPolicy fallback) {
        Object listed = SiteConfig.addTo(new ConfigDef()).parse(props).get(SiteConfig.SITES_CONFIG);
        @SuppressWarnings("unchecked")
        List<String> codes = listed == null ? List.of() : (List<String>) listed;
        Map<String, ChangedOrderPolicy> policies = new HashMap<>();
        for (String code : codes) {
            String value = props.get(SiteConfig.siteKey(code, SiteConfig.SITE_CHANGED_ORDER_POLICY));
            policies.put(code, value == null || value.isBlank() ? fallback : parse(value));
        }
        Map<String, ChangedOrderPolicy> frozen = Map.copyOf(policies);
        return site -> site == null ? fallback : frozen.getOrDefault(site, fallback);
    }

    static void check(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        try {
            parse(value.toString());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, "must be REPORT or RESHIP_BEFORE_PICKUP");
        }
    }

    private static ChangedOrderPolicy parse(String value) {
        return ChangedOrderPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
