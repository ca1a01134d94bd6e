package dev.x3ups.labels.printer.cli;

import dev.x3ups.labels.printer.config.LabelPrinterConfig;
import dev.x3ups.labels.printer.print.DirectoryPrinter;
import dev.x3ups.labels.printer.print.Printer;
import dev.x3ups.labels.printer.print.TcpPrinter;
import dev.x3ups.client.Secret;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.ship.LabelFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -cp "lib/*:$KAFKA_HOME/libs/*" dev.x3ups.labels.printer.cli.ReprintTool --bootstrap-servers …
 * --order <key> | --tracking <1Z…> --printer host:port | --directory dir}: prints an order's (or one package's)
 * current documents again from {@code ups.labels}, read from the beginning; with {@code --ups-base-url …} the
 * packages the topic no longer holds are fetched from UPS Label Recovery (an order's tracking numbers come from the
 * ledger topic). Needs the Kafka client, Connect API and JSON converter jars of a Kafka installation besides the
 * archive's {@code lib/}.
 */
@Command(name = "ReprintTool", mixinStandardHelpOptions = true, version = "x3ups reprint tool 1",
        description = "Prints an order's labels (or one package's) again from the ups.labels topic, "
                + "or from UPS Label Recovery when the topic no longer holds them.")
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

    @Option(names = "--ledger-topic", defaultValue = "ups.shipments",
            description = "shipment ledger topic, for an order's tracking numbers (default: ${DEFAULT-VALUE})")
    String ledgerTopic;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    UpsOptions ups;

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

    /** UPS Label Recovery, used only for packages the labels topic no longer holds. */
    static final class UpsOptions {
        @Option(names = "--ups-base-url", required = true, description = "UPS host, e.g. https://onlinetools.ups.com")
        String baseUrl;

        @Option(names = "--ups-client-id", required = true, description = "UPS OAuth client id")
        String clientId;

        @Option(names = "--ups-client-secret-file", required = true,
                description = "file holding the UPS client secret (never on the command line)")
        Path clientSecretFile;

        @Option(names = "--ups-merchant-id", description = "UPS account sent as x-merchant-id with token requests")
        String merchantId;

        @Option(names = "--label-format", defaultValue = "ZPL",
                description = "format of labels from UPS: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        LabelFormat labelFormat = LabelFormat.ZPL;
    }

    private final Function<ReprintTool, LabelTopic.Source> sources;
    private final Function<ReprintTool, Printer> printers;
    private final Function<ReprintTool, LedgerTopic.Source> ledgers;
    private final Function<ReprintTool, UpsLabelFallback> fallbacks;

    ReprintTool(Function<ReprintTool, LabelTopic.Source> sources, Function<ReprintTool, Printer> printers) {
        this(sources, printers, ReprintTool::ledger, ReprintTool::upsFallback);
    }

    ReprintTool(Function<ReprintTool, LabelTopic.Source> sources, Function<ReprintTool, Printer> printers,
                Function<ReprintTool, LedgerTopic.Source> ledgers, Function<ReprintTool, UpsLabelFallback> fallbacks) {
        this.sources = sources;
        this.printers = printers;
        this.ledgers = ledgers;
        this.fallbacks = fallbacks;
    }

    public static void main(String[] args) {
        System.exit(commandLine(ReprintTool::kafka, ReprintTool::printer).execute(args));
    }

    static CommandLine commandLine(Function<ReprintTool, LabelTopic.Source> sources,
                                   Function<ReprintTool, Printer> printers) {
        return commandLine(new ReprintTool(sources, printers));
    }

    static CommandLine commandLine(ReprintTool tool) {
        CommandLine cli = new CommandLine(tool);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            commandLine.getErr().flush();
            return 1;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        CurrentDocuments current = new CurrentDocuments();
        sources.apply(this).readAll(current::accept);
        List<List<LabelDocument>> shipments = new ArrayList<>(current.select(selection.orderKey,
                selection.trackingNumber));
        if (ups != null) {
            shipments.addAll(recoverMissing(shipments));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (shipments.isEmpty()) {
            spec.commandLine().getErr().println("no current documents of "
                    + (selection.orderKey != null ? "order " + selection.orderKey : selection.trackingNumber) + " on "
                    + topic + (ups != null ? " nor from UPS Label Recovery" : "")
                    + " (voided, or gone with the topic's retention)");
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

    /** The labels of the selected packages the topic does not hold, from UPS. */
    private List<List<LabelDocument>> recoverMissing(List<List<LabelDocument>> onTopic) throws Exception {
        Set<String> printable = onTopic.stream().flatMap(List::stream).map(LabelDocument::trackingNumber)
                .collect(Collectors.toSet());
        List<String> numbers = selection.orderKey != null ? ledgers.apply(this).trackingNumbers(selection.orderKey)
                : List.of(selection.trackingNumber);
        if (printable.containsAll(numbers)) {
            return List.of();
        }
        PrintWriter err = spec.commandLine().getErr();
        try (UpsLabelFallback fallback = fallbacks.apply(this)) {
            return fallback.recover(selection.orderKey != null ? selection.orderKey : "", numbers, printable,
                    problem -> err.println("warning: " + problem));
        } finally {
            err.flush();
        }
    }

    private static LedgerTopic.Source ledger(ReprintTool tool) {
        return LedgerTopic.kafka(consumerProperties(tool), tool.ledgerTopic, Duration.ofMillis(tool.timeoutMillis));
    }

    private static UpsLabelFallback upsFallback(ReprintTool tool) {
        return UpsLabelFallback.create(upsClientConfig(tool.ups), tool.ups.labelFormat,
                Duration.ofMillis(tool.timeoutMillis));
    }

    static UpsClientConfig upsClientConfig(UpsOptions ups) {
        String secret;
        try {
            secret = Files.readString(ups.clientSecretFile).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the UPS client secret file " + ups.clientSecretFile, e);
        }
        return UpsClientConfig.builder().baseUrl(ups.baseUrl).clientId(ups.clientId).clientSecret(Secret.of(secret))
                .merchantId(ups.merchantId).build();
    }

    private static LabelTopic.Source kafka(ReprintTool tool) {
        return LabelTopic.kafka(consumerProperties(tool), tool.topic, Duration.ofMillis(tool.timeoutMillis));
    }

    private static Properties consumerProperties(ReprintTool tool) {
        Properties props = new Properties();
        if (tool.consumerConfig != null) {
            try (InputStream in = Files.newInputStream(tool.consumerConfig)) {
                props.load(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + tool.consumerConfig, e);
            }
        }
        props.put("bootstrap.servers", tool.bootstrapServers);
        return props;
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
