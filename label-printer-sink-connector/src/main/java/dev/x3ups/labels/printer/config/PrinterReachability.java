package dev.x3ups.labels.printer.config;

import dev.x3ups.connect.ConfigProblems;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The live part of {@code validate()}: a TCP printer's host must resolve and a print directory must be a writable
 * directory, each reported on the offending key. A printer that is merely switched off is not a problem: the task
 * waits for it.
 */
public class PrinterReachability {

    /** Adds a problem to the key of each site whose printer cannot be reached at all. */
    public void check(LabelPrinterConfig config, List<ConfigValue> values) {
        for (PrinterSite site : config.sites().values()) {
            if (site.type() == PrinterType.TCP) {
                String problem = unresolvable(site.host());
                if (problem != null) {
                    ConfigProblems.add(values, LabelPrinterConfig.siteKey(site.code(), LabelPrinterConfig.PRINTER_HOST),
                            problem);
                }
            } else {
                String problem = unwritable(site.directory());
                if (problem != null) {
                    ConfigProblems.add(values,
                            LabelPrinterConfig.siteKey(site.code(), LabelPrinterConfig.PRINTER_DIRECTORY), problem);
                }
            }
        }
    }

    String unresolvable(String host) {
        try {
            InetAddress.getByName(host);
            return null;
        } catch (UnknownHostException e) {
            return "printer host '" + host + "' does not resolve";
        }
    }

    String unwritable(Path directory) {
        if (!Files.isDirectory(directory)) {
            return "'" + directory + "' is not a directory on this worker";
        }
        return Files.isWritable(directory) ? null : "directory '" + directory + "' is not writable on this worker";
    }
}
