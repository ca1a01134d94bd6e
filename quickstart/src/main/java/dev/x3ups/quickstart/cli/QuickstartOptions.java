package dev.x3ups.quickstart.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** The command line of the quickstart; picocli fills the fields. */
@Command(name = "quickstart", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs the whole pipeline in one process: a KRaft broker, a Connect worker loading the plugin archive,",
            "the Sage X3 and UPS simulators and the four connectors from config/.",
            "Without --exit-when-done it runs until Ctrl-C, with new orders arriving over time."
        })
public final class QuickstartOptions {

    @Option(names = "--orders", paramLabel = "N", description = "Orders seeded at start (default: ${DEFAULT-VALUE}).")
    int orders = 25;

    @Option(names = "--exit-when-done", description = "Exit once every seeded order is delivered or flagged in X3, "
            + "printing a one-line JSON summary (no new orders arrive).")
    boolean exitWhenDone;

    @Option(names = "--bad-share", paramLabel = "0..1",
            description = "Share of sales orders made unshippable on purpose (default: ${DEFAULT-VALUE}).")
    double badShare = 0.0;

    @Option(names = "--purchase-share", paramLabel = "0..1",
            description = "Share of purchase (inbound) orders among the seeded ones (default: ${DEFAULT-VALUE}).")
    double purchaseShare = 0.3;

    @Option(names = "--rate", paramLabel = "PER_MINUTE",
            description = "New orders per minute while running without --exit-when-done; 0 for none (default: ${DEFAULT-VALUE}).")
    double ratePerMinute = 12;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "With --exit-when-done: give up after this long and count what is open as lost (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 600;

    @Option(names = "--clock-speed", paramLabel = "X",
            description = "Simulated UPS seconds per real second, so parcels travel in seconds (default: ${DEFAULT-VALUE}).")
    double clockSpeed = 7200;

    @Option(names = "--seed", description = "Seed of the order generator and the UPS timelines (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Kafka broker port; 0 = any free port (default: ${DEFAULT-VALUE}).")
    int kafkaPort = 9092;

    @Option(names = "--connect-port", paramLabel = "PORT", description = "Connect REST API port (default: ${DEFAULT-VALUE}).")
    int connectPort = 8083;

    @Option(names = "--x3-port", paramLabel = "PORT", description = "Sage X3 simulator port (default: ${DEFAULT-VALUE}).")
    int x3Port = 8124;

    @Option(names = "--ups-port", paramLabel = "PORT", description = "UPS simulator port (default: ${DEFAULT-VALUE}).")
    int upsPort = 8090;

    @Option(names = "--webhook-port", paramLabel = "PORT",
            description = "Port of the tracking source's Track Alert webhook listener (default: ${DEFAULT-VALUE}).")
    int webhookPort = 8088;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Directory of the connector JSON files (default: ./config, else the archive's etc/).")
    Path configDir;

    @Option(names = "--plugin-archive", paramLabel = "ZIP",
            description = "The plugin archive (default: plugin-archive/x3-ups-connect.zip next to the jar).")
    Path pluginArchive;

    @Option(names = "--progress-interval", paramLabel = "SECONDS",
            description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
    double progressIntervalSeconds = 2;

    public int orders() {
        return orders;
    }

    public boolean exitWhenDone() {
        return exitWhenDone;
    }

    public double badShare() {
        return badShare;
    }

    public double purchaseShare() {
        return purchaseShare;
    }

    public double ratePerMinute() {
        return exitWhenDone ? 0 : ratePerMinute;
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public double clockSpeed() {
        return clockSpeed;
    }

    public long seed() {
        return seed;
    }

    public PortPlan ports() {
        return new PortPlan(kafkaPort, connectPort, x3Port, upsPort, webhookPort);
    }

    public Path configDir() {
        return configDir;
    }

    public Path pluginArchive() {
        return pluginArchive;
    }

    public Duration progressInterval() {
        return Duration.ofMillis(Math.round(progressIntervalSeconds * 1000));
    }
}
