package dev.x3ups.x3.sink.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a UPS status (type, and optionally type + code) to the status code the X3 site uses.
 * Entries are {@code TYPE=X3CODE} or {@code TYPE:CODE=X3CODE}; the more specific entry wins, and an
 * unmapped type is written as the UPS type itself so nothing is lost.
 */
public final class StatusVocabulary {

    /** UPS status types as the Track API and Track Alert send them. */
    public static final List<String> DEFAULT_ENTRIES = List.of(
            "M=M", "MV=MV", "P=P", "I=I", "W=W", "O=O", "D=D", "X=X", "RS=RS", "DO=DO", "DD=DD", "NA=NA");

    private final Map<String, String> mapping;

    StatusVocabulary(Map<String, String> mapping) {
        this.mapping = Map.copyOf(mapping);
    }

    /** Parses {@code TYPE=X3CODE} / {@code TYPE:CODE=X3CODE} entries; names the bad entry on failure. */
    public static StatusVocabulary parse(List<String> entries) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("status mapping '" + entry.strip() + "' is not TYPE=X3CODE or TYPE:CODE=X3CODE");
            }
            String from = entry.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String to = entry.substring(eq + 1).strip();
            if (from.isEmpty() || to.isEmpty() || from.startsWith(":") || from.endsWith(":")) {
                throw new IllegalArgumentException("status mapping '" + entry.strip() + "' is not TYPE=X3CODE or TYPE:CODE=X3CODE");
            }
            if (mapping.putIfAbsent(from, to) != null) {
                throw new IllegalArgumentException("status '" + from + "' is mapped twice");
            }
        }
        return new StatusVocabulary(mapping);
    }

    /** The X3 status code for a UPS status type and code. */
    public String x3Code(String upsType, String upsCode) {
        String type = upsType.strip().toUpperCase(Locale.ROOT);
        if (upsCode != null && !upsCode.isBlank()) {
            String specific = mapping.get(type + ":" + upsCode.strip().toUpperCase(Locale.ROOT));
            if (specific != null) {
                return specific;
            }
        }
        return mapping.getOrDefault(type, type);
    }

    /**
     * The UPS status type behind an X3 status code read back from X3, used to rank a status written
     * before a restart. Type-only entries are preferred; an unknown code is taken as a UPS type.
     */
    public String upsType(String x3Code) {
        if (x3Code == null) {
            return null;
        }
        String viaCode = null;
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            if (entry.getValue().equals(x3Code)) {
                int colon = entry.getKey().indexOf(':');
                if (colon < 0) {
                    return entry.getKey();
                }
                if (viaCode == null) {
                    viaCode = entry.getKey().substring(0, colon);
                }
            }
        }
        return viaCode != null ? viaCode : x3Code.toUpperCase(Locale.ROOT);
    }
}
