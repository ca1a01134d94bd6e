package dev.x3ups.labels.printer;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.labels.printer.config.LabelPrinterConfig;
import dev.x3ups.labels.printer.config.PrinterReachability;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Prints the documents of {@code ups.labels} (labels, customs forms) on each site's printer: raw TCP to a
 * thermal printer, or files in a print directory.
 *
 * <p>Tasks may be several: the UPS sink puts one shipment's documents on one partition, so each shipment is
 * printed by one task, together and in package order.
 */
public class LabelPrinterSinkConnector extends SinkConnector {
    private final PrinterReachability reachability;
    private Map<String, String> props;

    public LabelPrinterSinkConnector() {
        this(new PrinterReachability());
    }

    LabelPrinterSinkConnector(PrinterReachability reachability) {
        this.reachability = reachability;
    }

    @Override
    public void start(Map<String, String> props) {
        LabelPrinterConfig.from(props); // fail the connector, not its tasks, on a bad config
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return LabelPrinterSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return Collections.nCopies(maxTasks, props);
    }

    @Override
    public void stop() {
        props = null;
    }

    @Override
    public ConfigDef config() {
        return LabelPrinterConfig.CONFIG_DEF;
    }

    /** Checks every key (sites included) and, when they parse, that each printer host resolves or directory is writable. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        List<ConfigValue> values = new ArrayList<>(LabelPrinterConfig.validate(connectorConfigs));
        if (values.stream().allMatch(v -> v.errorMessages().isEmpty())) {
            reachability.check(LabelPrinterConfig.from(connectorConfigs), values);
        }
        return new Config(values);
    }

    @Override
    public String version() {
        return Version.get();
    }
}
