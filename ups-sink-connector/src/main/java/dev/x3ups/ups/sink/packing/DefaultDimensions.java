package dev.x3ups.ups.sink.packing;

import dev.x3ups.records.Dimensions;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/**
 * Where a line's unit dimensions come from: the order line when X3 keeps them, else the configured default for
 * the item, else the configured default for the line's packaging unit (e.g. {@code BOX}). Configured as entries
 * {@code KEY:LxWxH UNIT}, e.g. {@code IT0001:30x20x10 CM}.
 */
public final class DefaultDimensions {
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*([^:\\s]+)\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*[xX]\\s*(\\d+(?:\\.\\d+)?)\\s*[xX]\\s*(\\d+(?:\\.\\d+)?)\\s*(CM|IN|cm|in)\\s*");

    private final Map<String, Dimensions> byItem;
    private final Map<String, Dimensions> byPackaging;

    public DefaultDimensions(Map<String, Dimensions> byItem, Map<String, Dimensions> byPackaging) {
        this.byItem = Map.copyOf(byItem);
        this.byPackaging = Map.copyOf(byPackaging);
    }

    /** The line's unit dimensions, or null when neither X3 nor the configuration knows them. */
    public Dimensions forLine(OrderLine line) {
        if (usable(line.dimensions())) {
            return line.dimensions();
        }
        Dimensions item = line.item() == null ? null : byItem.get(line.item().strip());
        if (item != null) {
            return item;
        }
        return line.unit() == null ? null : byPackaging.get(line.unit().strip().toUpperCase(Locale.ROOT));
    }

    /** Parses {@code KEY:LxWxH UNIT} entries; a bad entry is a {@link ConfigException} naming {@code key}. */
    public static Map<String, Dimensions> parse(String key, List<String> entries, boolean upperCaseKeys) {
        Map<String, Dimensions> parsed = new LinkedHashMap<>();
        for (String entry : entries) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new ConfigException(key, entry, "expected KEY:LxWxH UNIT with UNIT CM or IN, e.g. IT0001:30x20x10 CM");
            }
            Dimensions d = new Dimensions(new BigDecimal(m.group(2)), new BigDecimal(m.group(3)),
                    new BigDecimal(m.group(4)), m.group(5).toUpperCase(Locale.ROOT));
            if (!usable(d)) {
                throw new ConfigException(key, entry, "every dimension must be greater than zero");
            }
            String name = upperCaseKeys ? m.group(1).toUpperCase(Locale.ROOT) : m.group(1);
            if (parsed.put(name, d) != null) {
                throw new ConfigException(key, entry, "'" + name + "' is given twice");
            }
        }
        return parsed;
    }

    private static boolean usable(Dimensions d) {
        // X3 writes 0 for dimensions it does not keep
        return d != null && d.length().signum() > 0 && d.width().signum() > 0 && d.height().signum() > 0;
    }
}
