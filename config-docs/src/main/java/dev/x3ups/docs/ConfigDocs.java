package dev.x3ups.docs;

import dev.x3ups.labels.printer.LabelPrinterSinkConnector;
import dev.x3ups.labels.printer.config.LabelPrinterConfig;
import dev.x3ups.secrets.provider.EncryptedConfigProviderConfig;
import dev.x3ups.ups.sink.UpsSinkConnector;
import dev.x3ups.ups.tracking.UpsTrackingSourceConnector;
import dev.x3ups.x3.sink.X3SinkConnector;
import dev.x3ups.x3.source.X3SourceConnector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Regenerates the README's configuration tables from the plugins' own {@link ConfigDef}s, so the
 * documentation cannot drift from the code. {@code ReadmeIsCurrentTest} fails the build when it has.
 */
public final class ConfigDocs {

    private ConfigDocs() {
    }

    /** Section name → definition, in README order. */
    static Map<String, ConfigDef> definitions() {
        Map<String, ConfigDef> defs = new LinkedHashMap<>();
        defs.put("sage-x3-source-connector", new X3SourceConnector().config());
        defs.put("ups-sink-connector", new UpsSinkConnector().config());
        defs.put("ups-tracking-source-connector", new UpsTrackingSourceConnector().config());
        defs.put("sage-x3-sink-connector", new X3SinkConnector().config());
        defs.put("label-printer-sink-connector", new LabelPrinterSinkConnector().config());
        // the per-site keys, shown once for a placeholder site code
        defs.put("label-printer-sink-connector-site", LabelPrinterConfig.siteDefinitions(List.of("{CODE}")));
        defs.put("encrypted-config-provider", EncryptedConfigProviderConfig.CONFIG_DEF);
        return defs;
    }

    static String regenerate(String readme) {
        return new ReadmeConfigSections(definitions()).regenerate(readme);
    }

    /** Rewrites the README given as the only argument in place. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ConfigDocs <path to README.md>");
            System.exit(2);
        }
        Path readme = Path.of(args[0]);
        String current = Files.readString(readme, StandardCharsets.UTF_8);
        Files.writeString(readme, regenerate(current), StandardCharsets.UTF_8);
    }
}
