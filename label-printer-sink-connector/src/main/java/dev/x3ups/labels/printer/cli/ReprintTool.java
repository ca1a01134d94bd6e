package dev.x3ups.labels.printer.cli;

import dev.x3ups.labels.printer.config.LabelPrinterConfig;
import dev.x3ups.labels.printer.print.DirectoryPrinter;
import dev.x3ups.labels.printer.print.Printer;
import dev.x3ups.labels.printer.print.TcpPrinter;
import dev.x3ups.records.LabelDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -cp "lib/*:$KAFKA_HOME/libs/*" dev.x3ups.labels.printer.cli.ReprintTool --bootstrap-servers …
 * --order <key> | --tracking <1Z…> --printer host:port | --directory dir}: prints an order's (or one package's)
 * current documents again from {@code ups.labels}, read from the beginning. Needs the Kafka client, Connect API
 * and JSON converter jars of a Kafka installation besides the archive's {@code lib/}.
 */
@Command(name = "ReprintTool", mixinStandardHelpOptions = true, version = "x3ups reprint tool 1",
        description = "Prints an order's labels (or one package's) again from the ups.labels topic.")
public final class ReprintTool implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", required = true, description = "Kafka bootstrap servers")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = "ups.labels", description = "labels topic (default: ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--consumer-config", description = "properties file of consumer settings (security, ...)")
    Path consumerConfig;

    @Option(names = "--timeout-ms", defaultValue = "60000", description = "longest time to read the topic")
    long timeoutMillis;

    @Option(names = "--dry-run", description = "list the documents without printing them")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    static final class Selection {
        @Option(names = "--order", required = true, description = "order key, e.g. SEED:SALES:SO0001")
        String orderKey;

        @Option(names = "--tracking", required = true, description = "tracking number of one package")
        String trackingNumber;
    }

    static final class Destination {
        @Option(names = "--printer", required = true, description = "raw TCP printer as host:port (port default 9100)")
        String printer;

        @Option(names = "--directory", required = true, description = "print directory (one file per document)")
        Path directory;
    }

    private final Function<ReprintTool, LabelTopic.Source> sources;
    private final Function<ReprintTool, Printer> printers;

    ReprintTool(Function<ReprintTool, LabelTopic.Source> sources, Function<ReprintTool, Printer> printers) {
        this.sources = sources;
        this.printers = printers;
    }

    public static void main(String[] args) {
        System.exit(commandLine(ReprintTool::kafka, ReprintTool::printer).execute(args));
    }

    static CommandLine commandLine(Function<ReprintTool, LabelTopic.Source> sources,
                                   Function<ReprintTool, Printer> printers) {
        CommandLine cli = new CommandLine(new ReprintTool(sources, printers));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            commandLine.getErr().flush();
            return 1;
        });
        return cli;
    }

    @Override
    public Integer call() throws IOException {
        CurrentDocuments current = new CurrentDocuments();
        sources.apply(this).readAll(current::accept);
        List<List<LabelDocument>> shipments = current.select(selection.orderKey, selection.trackingNumber);
        PrintWriter out = spec.commandLine().getOut();
        if (shipments.isEmpty()) {
            spec.commandLine().getErr().println("no current documents of "
                    + (selection.orderKey != null ? "order " + selection.orderKey : selection.trackingNumber) + " on "
                    + topic + " (voided, or gone with the topic's retention)");
            return 2;
        }
        Printer printer = dryRun ? null : printers.apply(this);
        int count = 0;
        for (List<LabelDocument> shipment : shipments) {
            for (LabelDocument document : shipment) {
                out.println((dryRun ? "would print " : "printing ") + document);
            }
            if (printer != null) {
                printer.print(shipment);
            }
            count += shipment.size();
        }
        out.println((dryRun ? "would print " : "printed ") + count + " documents"
                + (printer != null ? " to " + printer : ""));
        out.flush();
        return 0;
    }

    private static LabelTopic.Source kafka(ReprintTool tool) {
        Properties props = new Properties();
        if (tool.consumerConfig != null) {
            try (InputStream in = Files.newInputStream(tool.consumerConfig)) {
                props.load(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + tool.consumerConfig, e);
            }
        }
        props.put("bootstrap.servers", tool.bootstrapServers);
        return LabelTopic.kafka(props, tool.topic, Duration.ofMillis(tool.timeoutMillis));
    }

    static Printer printer(ReprintTool tool) {
        if (tool.destination.directory != null) {
            return new DirectoryPrinter(tool.destination.directory);
        }
        String target = tool.destination.printer;
        int colon = target.lastIndexOf(':');
        String host = colon < 0 ? target : target.substring(0, colon);
        int port = colon < 0 ? LabelPrinterConfig.DEFAULT_PORT : Integer.parseInt(target.substring(colon + 1));
        return new TcpPrinter(host, port, Duration.ofSeconds(10));
    }
}
