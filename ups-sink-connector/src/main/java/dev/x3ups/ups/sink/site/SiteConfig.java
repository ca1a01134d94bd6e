package dev.x3ups.ups.sink.site;

import static dev.x3ups.ups.sink.planning.PlanningValidators.listOf;
import static dev.x3ups.ups.sink.planning.PlanningValidators.siteCodes;

import dev.x3ups.ups.sink.config.InvalidSetting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The warehouses the UPS sink ships from and receives at. {@code sites} lists their X3 codes; each has its own
 * keys {@code site.<CODE>.name}, {@code .attention}, {@code .address.lines} (up to three, separated by
 * {@code |} because addresses contain commas), {@code .city}, {@code .state}, {@code .postal.code},
 * {@code .country}, {@code .phone}, {@code .email}, {@code .account}, {@code .time.zone},
 * {@code .inbound.labels} and {@code .changed.order.policy}, defined per site by
 * {@link #siteDefinitions(Collection)} because the codes are only known from the configuration.
 * {@link #from(Map)} reads and checks them all, throwing a {@link org.apache.kafka.common.config.ConfigException}
 * naming the key; {@link #validate(Map)} reports the same problems per key for {@code Connector.validate()}.
 */
public final class SiteConfig {
    public static final String GROUP = "Ship-from sites";

    public static final String SITES_CONFIG = "sites";
    public static final String SITES_DOC = "X3 site codes (STOFCY for sales orders, RCPFCY for purchase orders) we ship "
            + "from and receive at. Each needs site.<CODE>.name, .address.lines, .city, .country, .account and, "
            + "for US/CA, .state and .postal.code; optional are .attention, .phone, .email, .default.contact.phone "
            + "and .time.zone (the site's IANA time zone, e.g. America/New_York; default " + TimeZones.DEFAULT + ") and .inbound.labels "
            + "(EMAIL or PRINT, default EMAIL) and .changed.order.policy (REPORT or RESHIP_BEFORE_PICKUP, default the "
            + "connector's changed.order.policy).";
    public static final String SITES_DISPLAY = "Sites";

    public static final String SITE_PREFIX = "site.";
    public static final String SITE_NAME = "name";
    public static final String SITE_ATTENTION = "attention";
    public static final String SITE_ADDRESS_LINES = "address.lines";
    public static final String SITE_CITY = "city";
    public static final String SITE_STATE = "state";
    public static final String SITE_POSTAL_CODE = "postal.code";
    public static final String SITE_COUNTRY = "country";
    public static final String SITE_PHONE = "phone";
    public static final String SITE_EMAIL = "email";
    public static final String SITE_ACCOUNT = "account";
    public static final String SITE_TIME_ZONE = "time.zone";
    /** Receiver's phone for international shipments whose X3 contact has none. */
    public static final String SITE_DEFAULT_CONTACT_PHONE = "default.contact.phone";
    public static final String SITE_INBOUND_LABELS = "inbound.labels";
    /** REPORT or RESHIP_BEFORE_PICKUP; empty: the connector's {@code changed.order.policy}. */
    public static final String SITE_CHANGED_ORDER_POLICY = "changed.order.policy";

    private final Map<String, ShippingSite> sites;

    private SiteConfig(Map<String, ShippingSite> sites) {
        this.sites = Map.copyOf(sites);
    }

    /** Adds {@code sites} to {@code def} and returns it. */
    public static ConfigDef addTo(ConfigDef def) {
        return def.define(SITES_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, siteCodes(), Importance.HIGH, SITES_DOC,
                GROUP, 1, Width.MEDIUM, SITES_DISPLAY);
    }

    /** The keys of the given sites ({@code site.<CODE>.*}); validate them with {@link ConfigDef#validate(Map)}. */
    public static ConfigDef siteDefinitions(Collection<String> siteCodes) {
        return AddressCheckSettings.addSiteKeys(SiteSettings.definitions(siteCodes), siteCodes);
    }

    public static String siteKey(String siteCode, String field) {
        return SITE_PREFIX + siteCode + "." + field;
    }

    /** Reads and checks every site; a {@link org.apache.kafka.common.config.ConfigException} names the first bad key. */
    public static SiteConfig from(Map<String, ?> props) {
        List<String> codes = listOf(addTo(new ConfigDef()).parse(props).get(SITES_CONFIG));
        Map<String, Object> siteValues = siteDefinitions(codes).parse(props);
        Map<String, ShippingSite> sites = new LinkedHashMap<>();
        for (String code : codes) {
            sites.put(code, SiteSettings.parse(code, siteValues));
        }
        return new SiteConfig(sites);
    }

    /**
     * {@code sites} and every listed site's keys with their problems, including what only reading the site shows
     * (an address UPS would refuse), for {@code Connector.validate()}.
     */
    public static List<ConfigValue> validate(Map<String, String> props) {
        List<ConfigValue> results = new ArrayList<>(addTo(new ConfigDef()).validate(props));
        List<String> codes = results.stream().filter(v -> v.name().equals(SITES_CONFIG) && v.errorMessages().isEmpty())
                .findFirst().map(v -> listOf(v.value())).orElse(List.of());
        results.addAll(siteDefinitions(codes).validate(props));
        if (results.stream().allMatch(v -> v.errorMessages().isEmpty())) {
            InvalidSetting.reportOn(results, SITES_CONFIG, () -> from(props));
        }
        return results;
    }

    /** Site code → site. */
    public Map<String, ShippingSite> sites() {
        return sites;
    }

    @Override
    public String toString() {
        return "SiteConfig{sites=" + sites.keySet() + "}";
    }
}
