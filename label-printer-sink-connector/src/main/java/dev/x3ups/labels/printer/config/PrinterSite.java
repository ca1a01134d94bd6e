package dev.x3ups.labels.printer.config;

import dev.x3ups.records.DocumentFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One site's printer as configured.
 *
 * @param code      the X3 site code
 * @param type      raw TCP or directory
 * @param host      printer host (TCP), else null
 * @param port      printer port (TCP)
 * @param formats   the formats the printer takes
 * @param directory the print directory (DIRECTORY), else null
 */
public record PrinterSite(String code, PrinterType type, String host, int port, Set<DocumentFormat> formats,
                          Path directory) {
    /** What a thermal printer on port 9100 takes unless configured otherwise. */
    public static final Set<DocumentFormat> THERMAL = Set.copyOf(EnumSet.of(DocumentFormat.ZPL, DocumentFormat.EPL,
            DocumentFormat.SPL));

    public PrinterSite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        formats = Set.copyOf(formats);
    }

    public boolean accepts(DocumentFormat format) {
        return formats.contains(format);
    }

    /** Where documents go, for logs: host:port or the directory. */
    public String destination() {
        return type == PrinterType.TCP ? host + ":" + port : String.valueOf(directory);
    }
}
