package dev.x3ups.labels.printer.config;

import dev.x3ups.connect.DescribedValidator;
import dev.x3ups.records.DocumentFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The label printer sink's settings. Sites are listed in {@code sites} and each has its own keys
 * {@code site.<CODE>.printer.type}, {@code .host}, {@code .port}, {@code .formats}, {@code .directory} (the
 * same {@code site.<CODE>.} prefix as the UPS sink's warehouse keys, so one site's settings read alike in both
 * connectors); their ConfigDef is {@link #siteDefinitions(Collection)}.
 */
public final class LabelPrinterConfig {
    public static final String PRINTERS_GROUP = "Printers";
    public static final String DELIVERY_GROUP = "Delivery";

    public static final String SITES_CONFIG = "sites";
    public static final String SITES_DOC = "X3 site codes whose documents this connector prints (the site field of "
            + "each ups.labels record). Each needs site.{CODE}.printer.type and, for TCP, .host; for DIRECTORY, "
            + ".directory. A document for a site not listed goes to the dead letter queue.";
    public static final String SITES_DISPLAY = "Sites";

    public static final String SITE_PREFIX = "site.";
    public static final String PRINTER_TYPE = "printer.type";
    public static final String PRINTER_HOST = "printer.host";
    public static final String PRINTER_PORT = "printer.port";
    public static final String PRINTER_FORMATS = "printer.formats";
    public static final String PRINTER_DIRECTORY = "printer.directory";
    public static final int DEFAULT_PORT = 9100;

    public static final String CONNECT_TIMEOUT_CONFIG = "printer.connect.timeout.ms";
    public static final String CONNECT_TIMEOUT_DOC = "How long a TCP printer may take to accept a connection before "
            + "the attempt counts as failed and is retried later.";
    public static final String CONNECT_TIMEOUT_DISPLAY = "Printer connect timeout";

    public static final String RETRY_BACKOFF_CONFIG = "retry.backoff.ms";
    public static final String RETRY_BACKOFF_DOC = "First wait before a printer that failed is tried again; doubled "
            + "on each further failure. The task keeps running and keeps the documents meanwhile.";
    public static final String RETRY_BACKOFF_DISPLAY = "Retry backoff";

    public static final String RETRY_BACKOFF_MAX_CONFIG = "retry.backoff.max.ms";
    public static final String RETRY_BACKOFF_MAX_DOC = "Longest wait between two attempts at a failed printer.";
    public static final String RETRY_BACKOFF_MAX_DISPLAY = "Retry backoff maximum";

    public static final String BACKLOG_MAX_CONFIG = "backlog.max.documents";
    public static final String BACKLOG_MAX_DOC = "Most documents a task holds for printers that are down; above it "
            + "the task stops reading ups.labels until the printers catch up (nothing is dropped).";
    public static final String BACKLOG_MAX_DISPLAY = "Backlog maximum";

    static final String SITE_CODE_FORMAT = "[A-Za-z0-9_-]{1,10}";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(SITES_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, siteCodes(), Importance.HIGH, SITES_DOC,
                    PRINTERS_GROUP, 1, Width.MEDIUM, SITES_DISPLAY)
            .define(CONNECT_TIMEOUT_CONFIG, Type.LONG, 5_000L, ConfigDef.Range.between(1, 300_000), Importance.LOW,
                    CONNECT_TIMEOUT_DOC, DELIVERY_GROUP, 1, Width.SHORT, CONNECT_TIMEOUT_DISPLAY)
            .define(RETRY_BACKOFF_CONFIG, Type.LONG, 1_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
                    RETRY_BACKOFF_DOC, DELIVERY_GROUP, 2, Width.SHORT, RETRY_BACKOFF_DISPLAY)
            .define(RETRY_BACKOFF_MAX_CONFIG, Type.LONG, 60_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
                    RETRY_BACKOFF_MAX_DOC, DELIVERY_GROUP, 3, Width.SHORT, RETRY_BACKOFF_MAX_DISPLAY)
            .define(BACKLOG_MAX_CONFIG, Type.INT, 10_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    BACKLOG_MAX_DOC, DELIVERY_GROUP, 4, Width.SHORT, BACKLOG_MAX_DISPLAY);

    private final Map<String, PrinterSite> sites;
    private final Duration connectTimeout;
    private final Duration retryBackoff;
    private final Duration retryBackoffMax;
    private final int backlogMax;

    private LabelPrinterConfig(Map<String, Object> values, Map<String, PrinterSite> sites) {
        this.sites = Map.copyOf(sites);
        this.connectTimeout = Duration.ofMillis((Long) values.get(CONNECT_TIMEOUT_CONFIG));
        this.retryBackoff = Duration.ofMillis((Long) values.get(RETRY_BACKOFF_CONFIG));
        this.retryBackoffMax = Duration.ofMillis(Math.max((Long) values.get(RETRY_BACKOFF_MAX_CONFIG),
                (Long) values.get(RETRY_BACKOFF_CONFIG)));
        this.backlogMax = (Integer) values.get(BACKLOG_MAX_CONFIG);
    }

    public static String siteKey(String code, String field) {
        return SITE_PREFIX + code + "." + field;
    }

    /** The keys of the given sites ({@code site.<CODE>.printer.*}). */
    public static ConfigDef siteDefinitions(Collection<String> codes) {
        ConfigDef def = new ConfigDef();
        for (String code : codes) {
            String group = PRINTERS_GROUP + " / site " + code;
            def.define(siteKey(code, PRINTER_TYPE), Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                            ConfigDef.CaseInsensitiveValidString.in("TCP", "DIRECTORY"), Importance.HIGH,
                            "How documents of site " + code + " are printed: TCP (raw socket to the printer, port "
                                    + "9100) or DIRECTORY (one file per document, for a print server or shared folder).",
                            group, 1, Width.SHORT, code + " printer type")
                    .define(siteKey(code, PRINTER_HOST), Type.STRING, null, Importance.HIGH,
                            "Host name or address of site " + code + "'s printer (TCP).", group, 2, Width.MEDIUM,
                            code + " printer host")
                    .define(siteKey(code, PRINTER_PORT), Type.INT, DEFAULT_PORT, ConfigDef.Range.between(1, 65535),
                            Importance.MEDIUM, "Raw printing port of site " + code + "'s printer (TCP).", group, 3,
                            Width.SHORT, code + " printer port")
                    .define(siteKey(code, PRINTER_FORMATS), Type.LIST, "", formats(), Importance.MEDIUM,
                            "Document formats site " + code + "'s printer takes; others go to the dead letter queue. "
                                    + "Empty: ZPL, EPL and SPL for TCP, any for DIRECTORY.", group, 4, Width.MEDIUM,
                            code + " printer formats")
                    .define(siteKey(code, PRINTER_DIRECTORY), Type.STRING, null, Importance.HIGH,
                            "Directory the documents of site " + code + " are written to (DIRECTORY); it must exist "
                                    + "and be writable.", group, 5, Width.LONG, code + " print directory");
        }
        return def;
    }

    /** Parses and checks every key; a {@link ConfigException} names the first bad one. */
    public static LabelPrinterConfig from(Map<String, String> props) {
        Map<String, Object> values = CONFIG_DEF.parse(props);
        List<String> codes = list(values.get(SITES_CONFIG));
        Map<String, Object> siteValues = siteDefinitions(codes).parse(props);
        Map<String, PrinterSite> sites = new LinkedHashMap<>();
        for (String code : codes) {
            Map<String, List<String>> problems = new LinkedHashMap<>();
            PrinterSite site = site(code, siteValues, problems);
            problems.forEach((key, messages) -> {
                throw new ConfigException(key, siteValues.get(key), messages.get(0));
            });
            sites.put(code, site);
        }
        return new LabelPrinterConfig(values, sites);
    }

    /** Every key's value and problems (fixed, per site, and across keys), without reaching any printer. */
    public static List<ConfigValue> validate(Map<String, String> props) {
        List<ConfigValue> results = new ArrayList<>(CONFIG_DEF.validate(props));
        List<String> codes = results.stream().filter(v -> v.name().equals(SITES_CONFIG) && v.errorMessages().isEmpty())
                .findFirst().map(v -> list(v.value())).orElse(List.of());
        ConfigDef siteDef = siteDefinitions(codes);
        List<ConfigValue> siteResults = siteDef.validate(props);
        results.addAll(siteResults);
        if (siteResults.stream().allMatch(v -> v.errorMessages().isEmpty())) {
            Map<String, Object> siteValues = siteDef.parse(props);
            Map<String, List<String>> problems = new LinkedHashMap<>();
            codes.forEach(code -> site(code, siteValues, problems));
            problems.forEach((key, messages) -> results.stream().filter(v -> v.name().equals(key)).findFirst()
                    .ifPresent(v -> messages.forEach(v::addErrorMessage)));
        }
        return results;
    }

    private static PrinterSite site(String code, Map<String, Object> values, Map<String, List<String>> problems) {
        PrinterType type = PrinterType.valueOf(((String) values.get(siteKey(code, PRINTER_TYPE))).strip()
                .toUpperCase(Locale.ROOT));
        String host = blankToNull(values.get(siteKey(code, PRINTER_HOST)));
        String directory = blankToNull(values.get(siteKey(code, PRINTER_DIRECTORY)));
        Set<DocumentFormat> formats = EnumSet.noneOf(DocumentFormat.class);
        list(values.get(siteKey(code, PRINTER_FORMATS))).forEach(f -> formats.add(format(f)));
        if (formats.isEmpty()) {
            formats.addAll(type == PrinterType.TCP ? PrinterSite.THERMAL : EnumSet.allOf(DocumentFormat.class));
        }
        if (type == PrinterType.TCP && host == null) {
            problems.computeIfAbsent(siteKey(code, PRINTER_HOST), k -> new ArrayList<>())
                    .add("site " + code + " prints over TCP and needs " + siteKey(code, PRINTER_HOST));
        }
        if (type == PrinterType.DIRECTORY && directory == null) {
            problems.computeIfAbsent(siteKey(code, PRINTER_DIRECTORY), k -> new ArrayList<>())
                    .add("site " + code + " prints to a directory and needs " + siteKey(code, PRINTER_DIRECTORY));
        }
        return new PrinterSite(code, type, type == PrinterType.TCP ? host : null,
                (Integer) values.get(siteKey(code, PRINTER_PORT)), formats,
                type == PrinterType.DIRECTORY && directory != null ? Path.of(directory) : null);
    }

    public Map<String, PrinterSite> sites() {
        return sites;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration retryBackoff() {
        return retryBackoff;
    }

    public Duration retryBackoffMax() {
        return retryBackoffMax;
    }

    public int backlogMax() {
        return backlogMax;
    }

    private static ConfigDef.Validator siteCodes() {
        return DescribedValidator.of("non-empty list of distinct site codes, each 1-10 letters, digits, _ or -",
                (name, value) -> {
                    List<String> codes = list(value);
                    if (codes.isEmpty()) {
                        throw new ConfigException(name, value, "at least one site is needed");
                    }
                    Set<String> distinct = new LinkedHashSet<>();
                    for (String code : codes) {
                        if (!code.matches(SITE_CODE_FORMAT) || !distinct.add(code)) {
                            throw new ConfigException(name, value, "'" + code + "' is not a site code of 1 to 10 "
                                    + "letters, digits, _ or -, or is listed twice");
                        }
                    }
                });
    }

    private static ConfigDef.Validator formats() {
        String names = Arrays.toString(DocumentFormat.values());
        return DescribedValidator.of("zero or more of " + names, (name, value) -> {
            for (String format : list(value)) {
                if (format(format) == null) {
                    throw new ConfigException(name, value, "'" + format + "' is not one of " + names);
                }
            }
        });
    }

    private static DocumentFormat format(String text) {
        try {
            return DocumentFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    @Override
    public String toString() {
        return "LabelPrinterConfig{sites=" + sites.keySet() + "}";
    }
}
