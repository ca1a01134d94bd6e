package dev.x3ups.labels.printer;

import dev.x3ups.labels.printer.config.LabelPrinterConfig;
import dev.x3ups.labels.printer.config.PrinterSite;
import dev.x3ups.labels.printer.config.PrinterType;
import dev.x3ups.labels.printer.print.DirectoryPrinter;
import dev.x3ups.labels.printer.print.Printer;
import dev.x3ups.labels.printer.print.TcpPrinter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Makes each site's {@link Printer} from its settings. */
interface Printers {
    Printers REAL = (site, config) -> site.type() == PrinterType.TCP
            ? new TcpPrinter(site.host(), site.port(), config.connectTimeout())
            : new DirectoryPrinter(site.directory());

    Printer open(PrinterSite site, LabelPrinterConfig config);

    default Map<String, Printer> forSites(LabelPrinterConfig config) {
        Map<String, Printer> printers = new LinkedHashMap<>();
        config.sites().forEach((code, site) -> printers.put(code, open(site, config)));
        return printers;
    }
}
