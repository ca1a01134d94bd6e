package dev.x3ups.ups.sink.planning;

import static dev.x3ups.ups.sink.planning.PlanningValidators.ACCOUNT_FORMAT;
import static dev.x3ups.ups.sink.planning.PlanningValidators.SERVICE_FORMAT;
import static dev.x3ups.ups.sink.planning.PlanningValidators.dimensions;
import static dev.x3ups.ups.sink.planning.PlanningValidators.optionalMatching;
import static dev.x3ups.ups.sink.planning.PlanningValidators.positiveDecimal;
import static dev.x3ups.ups.sink.planning.PlanningValidators.serviceCodes;
import static dev.x3ups.ups.sink.planning.PlanningValidators.serviceMapEntries;

import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.sink.config.InvalidSetting;
import dev.x3ups.ups.sink.packing.DefaultDimensions;
import dev.x3ups.ups.sink.packing.MassUnit;
import dev.x3ups.ups.sink.site.AddressCheckSettings;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SiteConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The shipment-planning part of the UPS sink's configuration: the ship-from sites ({@link SiteConfig}), service
 * choice, packages, label.
 *
 * <p>The connector's config composes {@link #addTo(ConfigDef)} for the fixed keys. {@link #from(Map)} parses and
 * checks everything and throws a {@link ConfigException} naming the key; {@link #validate(Map)} reports the same
 * problems per key for {@code Connector.validate()}.
 */
public final class PlanningConfig {
    public static final String GROUP = "Shipment planning";

    public static final String INBOUND_ACCOUNT_CONFIG = "inbound.account";
    public static final String INBOUND_ACCOUNT_DOC = "UPS account (6 characters) billed for inbound purchase-order "
            + "shipments from suppliers. Empty: the receiving site's account.";
    public static final String INBOUND_ACCOUNT_DISPLAY = "Inbound account";

    public static final String SERVICE_SELECTION_CONFIG = "service.selection";
    public static final String SERVICE_SELECTION_DOC = "How the UPS service is chosen: MAPPED from the X3 delivery mode "
            + "by service.map; RATE prices each of service.allowed with the Rate API and takes the cheapest; SHOP "
            + "prices every service on the lane with one Shop call and takes the cheapest of service.allowed (any "
            + "when empty). Equal prices go to the faster service.";
    public static final String SERVICE_SELECTION_DISPLAY = "Service selection";

    public static final String SERVICE_MAP_CONFIG = "service.map";
    public static final String SERVICE_MAP_DOC = "X3 delivery mode (MDL) to UPS service code, as MODE:CODE entries.";
    public static final String SERVICE_MAP_DISPLAY = "Delivery mode to UPS service";
    public static final String SERVICE_MAP_DEFAULT = "UGND:03,U3DS:12,U2DA:02,UNDA:01,USTD:11,UWEX:07";

    public static final String SERVICE_DEFAULT_CONFIG = "service.default";
    public static final String SERVICE_DEFAULT_DOC = "UPS service code for orders whose delivery mode is not in "
            + "service.map. Empty: such orders fail with NO_SERVICE.";
    public static final String SERVICE_DEFAULT_DISPLAY = "Default UPS service";

    public static final String SERVICE_ALLOWED_CONFIG = "service.allowed";
    public static final String SERVICE_ALLOWED_DOC = "UPS service codes RATE and SHOP may choose. Empty: RATE rates "
            + "the services of service.map, SHOP takes any.";
    public static final String SERVICE_ALLOWED_DISPLAY = "Allowed UPS services";

    public static final String PACKAGE_MAX_WEIGHT_CONFIG = "package.max.weight";
    public static final String PACKAGE_MAX_WEIGHT_DOC = "Largest weight of one package; heavier orders are split into "
            + "as few packages as stay at or under it. At most UPS's 70 kg (154 lb).";
    public static final String PACKAGE_MAX_WEIGHT_DISPLAY = "Package maximum weight";

    public static final String PACKAGE_MAX_WEIGHT_UNIT_CONFIG = "package.max.weight.unit";
    public static final String PACKAGE_MAX_WEIGHT_UNIT_DOC = "Unit of package.max.weight: KG, LB, G or OZ.";
    public static final String PACKAGE_MAX_WEIGHT_UNIT_DISPLAY = "Package maximum weight unit";

    public static final String PACKAGE_DIMENSIONS_ITEM_CONFIG = "package.dimensions.item";
    public static final String PACKAGE_DIMENSIONS_ITEM_DOC = "Dimensions of one unit per X3 item, for items X3 keeps "
            + "none for, as ITEM:LxWxH UNIT entries (UNIT CM or IN), e.g. IT0003:40x30x20 CM.";
    public static final String PACKAGE_DIMENSIONS_ITEM_DISPLAY = "Default dimensions per item";

    public static final String PACKAGE_DIMENSIONS_PACKAGING_CONFIG = "package.dimensions.packaging";
    public static final String PACKAGE_DIMENSIONS_PACKAGING_DOC = "Dimensions of one unit per X3 packaging unit (the "
            + "line's sales or purchase unit, e.g. BOX), used when neither X3 nor package.dimensions.item has them, "
            + "as UNIT:LxWxH CM|IN entries.";
    public static final String PACKAGE_DIMENSIONS_PACKAGING_DISPLAY = "Default dimensions per packaging unit";

    public static final String PACKAGING_CODE_CONFIG = "package.packaging.code";
    public static final String PACKAGING_CODE_DOC = "UPS packaging type code of the packages, e.g. 02 customer supplied.";
    public static final String PACKAGING_CODE_DISPLAY = "UPS packaging type";

    public static final String NEGOTIATED_RATES_CONFIG = "rates.negotiated";
    public static final String NEGOTIATED_RATES_DOC = "Ask UPS for the account's negotiated rates when rating and shipping.";
    public static final String NEGOTIATED_RATES_DISPLAY = "Negotiated rates";

    public static final String LABEL_FORMAT_CONFIG = "label.format";
    public static final String LABEL_FORMAT_DOC = "Label image format: GIF, or ZPL, EPL, SPL for 4x6 thermal printers.";
    public static final String LABEL_FORMAT_DISPLAY = "Label format";

    /** How the UPS service is chosen. */
    public enum ServiceSelection { MAPPED, RATE, SHOP }

    private static final BigDecimal UPS_MAX_KG = new BigDecimal("70");

    private final SiteConfig sites;
    private final String inboundAccount;
    private final ServiceSelection serviceSelection;
    private final Map<String, String> serviceMap;
    private final String defaultService;
    private final List<String> allowedServices;
    private final BigDecimal maxPackageWeight;
    private final MassUnit maxPackageWeightUnit;
    private final DefaultDimensions defaultDimensions;
    private final String packagingCode;
    private final boolean negotiatedRates;
    private final LabelFormat labelFormat;
    private final CustomsSettings customs;
    private final AddressCheckSettings addressChecks;

    private PlanningConfig(Map<String, Object> values, SiteConfig sites, AddressCheckSettings addressChecks) {
        this.sites = sites;
        this.addressChecks = addressChecks;
        this.inboundAccount = upper((String) values.get(INBOUND_ACCOUNT_CONFIG));
        this.serviceSelection = ServiceSelection.valueOf(
                ((String) values.get(SERVICE_SELECTION_CONFIG)).toUpperCase(Locale.ROOT));
        this.serviceMap = serviceMap(list(values, SERVICE_MAP_CONFIG));
        this.defaultService = upper((String) values.get(SERVICE_DEFAULT_CONFIG));
        this.allowedServices = list(values, SERVICE_ALLOWED_CONFIG).stream().map(PlanningConfig::upper).toList();
        this.maxPackageWeight = new BigDecimal(((String) values.get(PACKAGE_MAX_WEIGHT_CONFIG)).strip());
        this.maxPackageWeightUnit = MassUnit.ofX3((String) values.get(PACKAGE_MAX_WEIGHT_UNIT_CONFIG));
        this.defaultDimensions = new DefaultDimensions(
                DefaultDimensions.parse(PACKAGE_DIMENSIONS_ITEM_CONFIG, list(values, PACKAGE_DIMENSIONS_ITEM_CONFIG), false),
                DefaultDimensions.parse(PACKAGE_DIMENSIONS_PACKAGING_CONFIG,
                        list(values, PACKAGE_DIMENSIONS_PACKAGING_CONFIG), true));
        this.packagingCode = (String) values.get(PACKAGING_CODE_CONFIG);
        this.negotiatedRates = (Boolean) values.get(NEGOTIATED_RATES_CONFIG);
        this.labelFormat = LabelFormat.valueOf(((String) values.get(LABEL_FORMAT_CONFIG)).toUpperCase(Locale.ROOT));
        this.customs = CustomsSettings.from(values);
        if (maxPackageWeightUnit.convert(maxPackageWeight, MassUnit.KG).compareTo(UPS_MAX_KG) > 0) {
            throw new InvalidSetting(PACKAGE_MAX_WEIGHT_CONFIG, values.get(PACKAGE_MAX_WEIGHT_CONFIG),
                    "UPS takes at most 70 kg (154 lb) per package");
        }
        if (serviceSelection == ServiceSelection.RATE && allowedServices().isEmpty()) {
            throw new InvalidSetting(SERVICE_ALLOWED_CONFIG, values.get(SERVICE_ALLOWED_CONFIG), "RATE needs services to rate: set "
                    + SERVICE_ALLOWED_CONFIG + " or " + SERVICE_MAP_CONFIG);
        }
    }

    /** Adds the fixed planning keys, {@code sites} first, to {@code def} and returns it. */
    public static ConfigDef addTo(ConfigDef def) {
        return planningKeys(SiteConfig.addTo(def));
    }

    private static ConfigDef planningKeys(ConfigDef def) {
        int order = 0;
        def
                .define(INBOUND_ACCOUNT_CONFIG, Type.STRING, null, optionalMatching(ACCOUNT_FORMAT, "6 letters or digits"),
                        Importance.MEDIUM, INBOUND_ACCOUNT_DOC, GROUP, ++order, Width.SHORT, INBOUND_ACCOUNT_DISPLAY)
                .define(SERVICE_SELECTION_CONFIG, Type.STRING, ServiceSelection.MAPPED.name(),
                        ConfigDef.CaseInsensitiveValidString.in("MAPPED", "RATE", "SHOP"), Importance.HIGH,
                        SERVICE_SELECTION_DOC, GROUP, ++order, Width.SHORT, SERVICE_SELECTION_DISPLAY)
                .define(SERVICE_MAP_CONFIG, Type.LIST, SERVICE_MAP_DEFAULT, serviceMapEntries(), Importance.HIGH,
                        SERVICE_MAP_DOC, GROUP, ++order, Width.LONG, SERVICE_MAP_DISPLAY)
                .define(SERVICE_DEFAULT_CONFIG, Type.STRING, null, optionalMatching(SERVICE_FORMAT, "a 2-character UPS service code"),
                        Importance.MEDIUM, SERVICE_DEFAULT_DOC, GROUP, ++order, Width.SHORT, SERVICE_DEFAULT_DISPLAY)
                .define(SERVICE_ALLOWED_CONFIG, Type.LIST, "", serviceCodes(), Importance.MEDIUM,
                        SERVICE_ALLOWED_DOC, GROUP, ++order, Width.MEDIUM, SERVICE_ALLOWED_DISPLAY)
                .define(PACKAGE_MAX_WEIGHT_CONFIG, Type.STRING, "150", positiveDecimal(), Importance.MEDIUM,
                        PACKAGE_MAX_WEIGHT_DOC, GROUP, ++order, Width.SHORT, PACKAGE_MAX_WEIGHT_DISPLAY)
                .define(PACKAGE_MAX_WEIGHT_UNIT_CONFIG, Type.STRING, "LB",
                        ConfigDef.CaseInsensitiveValidString.in("KG", "LB", "G", "OZ"), Importance.MEDIUM,
                        PACKAGE_MAX_WEIGHT_UNIT_DOC, GROUP, ++order, Width.SHORT, PACKAGE_MAX_WEIGHT_UNIT_DISPLAY)
                .define(PACKAGE_DIMENSIONS_ITEM_CONFIG, Type.LIST, "", dimensions(false), Importance.LOW,
                        PACKAGE_DIMENSIONS_ITEM_DOC, GROUP, ++order, Width.LONG, PACKAGE_DIMENSIONS_ITEM_DISPLAY)
                .define(PACKAGE_DIMENSIONS_PACKAGING_CONFIG, Type.LIST, "", dimensions(true), Importance.LOW,
                        PACKAGE_DIMENSIONS_PACKAGING_DOC, GROUP, ++order, Width.LONG,
                        PACKAGE_DIMENSIONS_PACKAGING_DISPLAY)
                .define(PACKAGING_CODE_CONFIG, Type.STRING, "02", optionalMatching(SERVICE_FORMAT, "a 2-character UPS packaging code"),
                        Importance.LOW, PACKAGING_CODE_DOC, GROUP, ++order, Width.SHORT, PACKAGING_CODE_DISPLAY)
                .define(NEGOTIATED_RATES_CONFIG, Type.BOOLEAN, false, Importance.LOW, NEGOTIATED_RATES_DOC, GROUP,
                        ++order, Width.SHORT, NEGOTIATED_RATES_DISPLAY)
                .define(LABEL_FORMAT_CONFIG, Type.STRING, LabelFormat.GIF.name(),
                        ConfigDef.CaseInsensitiveValidString.in("GIF", "ZPL", "EPL", "SPL"), Importance.LOW,
                        LABEL_FORMAT_DOC, GROUP, ++order, Width.SHORT, LABEL_FORMAT_DISPLAY);
        return AddressCheckSettings.addTo(CustomsSettings.addTo(def));
    }

    /** Parses and checks the planning keys; a {@link ConfigException} names the first bad key. */
    public static PlanningConfig from(Map<String, ?> props) {
        Map<String, Object> values = planningKeys(new ConfigDef()).parse(props);
        SiteConfig sites = SiteConfig.from(props);
        return new PlanningConfig(values, sites, AddressCheckSettings.from(props, sites.sites().keySet()));
    }

    /**
     * Every planning key's value with its problems, including the sites' keys and the checks across keys
     * (address format, limits), for {@code Connector.validate()}.
     */
    public static List<ConfigValue> validate(Map<String, String> props) {
        List<ConfigValue> results = new ArrayList<>(SiteConfig.validate(props));
        results.addAll(planningKeys(new ConfigDef()).validate(props));
        if (results.stream().allMatch(v -> v.errorMessages().isEmpty())) {
            InvalidSetting.reportOn(results, SiteConfig.SITES_CONFIG, () -> from(props));
        }
        return results;
    }

    /** Site code → ship-from site. */
    public Map<String, ShippingSite> sites() {
        return sites.sites();
    }

    /** The account billed for inbound purchase orders, or null for the receiving site's account. */
    public String inboundAccount() {
        return inboundAccount;
    }

    public ServiceSelection serviceSelection() {
        return serviceSelection;
    }

    public Map<String, String> serviceMap() {
        return serviceMap;
    }

    public String defaultService() {
        return defaultService;
    }

    /** The services RATE/SHOP choose from: as configured, or for RATE the mapped services when none is. */
    public List<String> allowedServices() {
        if (!allowedServices.isEmpty() || serviceSelection != ServiceSelection.RATE) {
            return allowedServices;
        }
        return List.copyOf(new LinkedHashSet<>(serviceMap.values()));
    }

    public BigDecimal maxPackageWeight() {
        return maxPackageWeight;
    }

    /** The unit of {@link #maxPackageWeight()}. */
    MassUnit maxPackageWeightMassUnit() {
        return maxPackageWeightUnit;
    }

    DefaultDimensions defaultDimensions() {
        return defaultDimensions;
    }

    public String packagingCode() {
        return packagingCode;
    }

    public boolean negotiatedRates() {
        return negotiatedRates;
    }

    public LabelFormat labelFormat() {
        return labelFormat;
    }

    CustomsSettings customs() {
        return customs;
    }

    /** Address policies per site and country, and the check cache's bounds. */
    public AddressCheckSettings addressChecks() {
        return addressChecks;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> values, String key) {
        return (List<String>) values.get(key);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> serviceMap(List<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split(":", 2);
            map.put(parts[0].strip(), parts[1].strip().toUpperCase(Locale.ROOT));
        }
        return map;
    }

    @Override
    public String toString() {
        return "PlanningConfig{sites=" + sites.sites().keySet() + ", serviceSelection=" + serviceSelection + ", maxPackage="
                + maxPackageWeight.toPlainString() + " " + maxPackageWeightUnit + "}";
    }
}
