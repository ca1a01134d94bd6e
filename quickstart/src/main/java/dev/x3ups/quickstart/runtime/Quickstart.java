package dev.x3ups.quickstart.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connect.EmbeddedConnect;
import dev.x3ups.embedded.kafka.EmbeddedKafka;
import dev.x3ups.embedded.rest.RestResponse;
import dev.x3ups.quickstart.cli.PortPlan;
import dev.x3ups.quickstart.cli.QuickstartOptions;
import dev.x3ups.quickstart.config.ConfiguredEndpoints;
import dev.x3ups.quickstart.config.ConnectorConfig;
import dev.x3ups.quickstart.config.ConnectorConfigFiles;
import dev.x3ups.quickstart.config.EncryptedSecrets;
import dev.x3ups.quickstart.config.EndpointRewriter;
import dev.x3ups.quickstart.orders.OrderArrivals;
import dev.x3ups.quickstart.orders.OrderFactory;
import dev.x3ups.quickstart.orders.OrderRef;
import dev.x3ups.quickstart.orders.SeededOrders;
import dev.x3ups.quickstart.orders.UncertainAddresses;
import dev.x3ups.quickstart.pipeline.TopicFollower;
import dev.x3ups.quickstart.pipeline.TopicTally;
import dev.x3ups.quickstart.plugin.PluginArchive;
import dev.x3ups.quickstart.progress.ProgressLine;
import dev.x3ups.quickstart.progress.ProgressPrinter;
import dev.x3ups.quickstart.summary.LabelView;
import dev.x3ups.quickstart.summary.RunAssessor;
import dev.x3ups.quickstart.summary.RunState;
import dev.x3ups.quickstart.summary.RunSummary;
import dev.x3ups.x3.simulator.X3Simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLClassLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Starts the simulators, the broker, the Connect worker and the connectors, shows progress, and either
 * runs until stopped or, with {@code --exit-when-done}, until every order is delivered or flagged.
 */
public final class Quickstart {

    private static final String DEFAULT_FOLDER = "SEED";
    /** Sales orders moved to addresses UPS finds ambiguous or unknown, held by the UPS sink's VALIDATE policy. */
    private static final int UNCERTAIN_ADDRESSES = 3;
    private static final String LABEL_PRINTER = "dev.x3ups.labels.printer.LabelPrinterSinkConnector";

    private final QuickstartOptions options;
    private final Workspace workspace;
    private final PrintStream out;
    private final Shutdown shutdown;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public Quickstart(QuickstartOptions options, Workspace workspace, PrintStream out, PrintStream err) {
        this.options = options;
        this.workspace = workspace;
        this.out = out;
        this.shutdown = new Shutdown(err);
        shutdown.onClose("temporary directory", workspace::close);
    }

    /** Stops everything in reverse start order; safe to call more than once and from the Ctrl-C hook. */
    public void shutdown() {
        if (!shutdown.isClosed()) {
            step("stopping: new orders, progress, Connect worker and its connectors, broker, simulators");
            shutdown.closeAll();
            step("stopped; removed " + workspace.root());
        }
        stopped.countDown();
    }

    /** Runs and returns the process exit code. */
    public int run() throws Exception {
        long started = System.nanoTime();
        PortPlan ports = options.ports();
        Path pluginPath = pluginArchive().unpackInto(workspace.pluginPath());
        Path configDir = configDirectory(pluginPath);
        ConnectorConfigFiles.Loaded loaded = new ConnectorConfigFiles().load(configDir);
        loaded.missing().forEach(f -> out.println("note: " + configDir.resolve(f) + " not found; that connector is not started"));
        List<ConnectorConfig> configs = loaded.connectors();
        EncryptedSecrets secrets = encryptedSecrets(configDir, pluginPath, configs);
        UnaryOperator<ConnectorConfig> plaintext = secrets == null ? c -> c : secrets::plaintext;
        List<ConnectorConfig> plainConfigs = configs.stream().map(plaintext).toList();
        String folder = first(configs, "x3.endpoint").orElse(DEFAULT_FOLDER);

        X3Simulator x3 = X3Simulator.builder().port(ports.x3()).endpoints(folder).seed(options.seed())
                .salesOrders(0).purchaseOrders(0).start();
        shutdown.onClose("Sage X3 simulator", x3::close);
        SeededOrders book = new SeededOrders();
        OrderFactory factory = new OrderFactory(x3.admin(folder), book, options.seed());
        List<OrderRef> uncertain = UncertainAddresses.seed(x3.admin(folder),
                factory.create(options.orders(), options.purchaseShare(), options.badShare()), UNCERTAIN_ADDRESSES);
        step("Sage X3 simulator on " + x3.baseUrl() + " with " + options.orders() + " orders (folder " + folder + "), "
                + uncertain.size() + " of them to addresses UPS finds ambiguous or unknown");

        SimulatedUps ups = startUps(plainConfigs, ports.ups());
        shutdown.onClose("UPS simulator", ups::close);
        step("UPS simulator on " + ups.baseUrl() + ", clock " + options.clockSpeed() + "x");

        EmbeddedKafka kafka = EmbeddedKafka.builder().port(ports.kafka()).parentDirectory(workspace.root())
                .build().start();
        shutdown.onClose("Kafka broker", kafka::close);
        step("Kafka broker on " + kafka.bootstrapServers());

        SimulatedPrinters printers = SimulatedPrinters.start(printerSites(configs));
        shutdown.onClose("simulated printers", printers::close);
        if (!printers.ports().isEmpty()) {
            step("simulated label printers " + printers.ports());
        }

        int webhookPort = ports.webhook() == 0 ? freePort() : ports.webhook();
        List<ConnectorConfig> ready = placed(configs, x3, ups, kafka, webhookPort, options.clockSpeed(),
                printers.ports());
        plainConfigs.stream().filter(WebhookListener::runsListener).findFirst().ifPresent(listener ->
                upsClientIds(configs).forEach(id ->
                        ups.registerWebhook(id, WebhookListener.target(listener, webhookPort))));

        // The two source connectors' topics are created by the worker (their topic.creation.* settings).
        EmbeddedConnect connect = EmbeddedConnect.builder(kafka.bootstrapServers())
                .groupId("x3ups-quickstart")
                .pluginPath(pluginPath)
                .exactlyOnceSource(true)
                .workerConfig("listeners", "http://127.0.0.1:" + ports.connect())
                .workerConfig(secrets == null ? Map.of() : secrets.workerConfig())
                .build().start();
        // Stopping the worker stops its connectors and tasks first and commits their offsets.
        shutdown.onClose("Connect worker and connectors", connect::close);

        step("Connect worker up; creating " + ready.size() + " connectors");
        List<String> created = createConnectors(connect, ready);
        if (created.size() < ready.size() && options.exitWhenDone()) {
            return 1;
        }
        Banner.print(out, connect.rest().baseUrl(), created, x3.baseUrl(), ups.baseUrl(), kafka.bootstrapServers(),
                webhookPort, workspace.logFile().toString());

        TopicTally tally = new TopicTally();
        TopicFollower follower = new TopicFollower(kafka.bootstrapServers(), tally).start();
        shutdown.onClose("progress consumer", follower::close);
        X3WriteBacks writeBacks = new X3WriteBacks(x3.admin(folder));
        PipelineProbe probe = new PipelineProbe(book::all, tally, writeBacks::byOrderNumber,
                () -> x3.counters().get("writeback.create") + x3.counters().get("writeback.update"),
                new RunAssessor(folder, ups, new LabelView(printers::printed, ups::labelEmailed)), printers::documents);
        ProgressPrinter printer = new ProgressPrinter(probe::snapshot, out, started).start(options.progressInterval());
        shutdown.onClose("progress line", printer::close);

        if (!options.exitWhenDone()) {
            OrderArrivals arrivals = new OrderArrivals(factory, options.purchaseShare(), options.badShare(),
                    options.seed(), e -> out.println("note: a new order could not be created: " + e.getMessage()))
                    .start(options.ratePerMinute());
            shutdown.onClose("order arrivals", arrivals::close);
            out.println("Running; new orders arrive at " + options.ratePerMinute() + " a minute. Ctrl-C stops.");
            stopped.await();
            return 0;
        }
        return awaitDone(probe, started);
    }

    private void step(String message) {
        out.println("... " + message);
        out.flush();
    }

    private int awaitDone(PipelineProbe probe, long started) throws InterruptedException {
        long deadline = started + options.timeout().toNanos();
        RunState state = probe.state();
        while (!state.settled() && System.nanoTime() < deadline && !shutdown.isClosed()) {
            TimeUnit.MILLISECONDS.sleep(500);
            state = probe.state();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        List<String> report = new ArrayList<>();
        report.add(ProgressLine.format(probe.snapshot(), elapsed));
        probe.flagged().entrySet().stream().limit(10).forEach(e -> report.add("flagged " + e.getKey() + ": " + e.getValue()));
        if (!state.settled()) {
            report.add("not delivered or flagged: " + state.open().stream().limit(20).map(o -> o.number()).toList()
                    + (state.open().size() > 20 ? " …" : ""));
        }
        RunSummary summary = state.summary(elapsed.toSeconds());
        // Stop everything first, so the summary really is the last line of the run.
        shutdown();
        report.forEach(out::println);
        out.println(summary.toJson());
        out.flush();
        return summary.exitCode();
    }

    private PluginArchive pluginArchive() {
        if (options.pluginArchive() != null) {
            return new PluginArchive(options.pluginArchive());
        }
        return PluginArchive.besideJar(codeLocation());
    }

    /** {@code --config-dir}, else {@code ./config}, else the archive's {@code etc/}. */
    private Path configDirectory(Path pluginPath) throws IOException {
        if (options.configDir() != null) {
            return options.configDir();
        }
        Path local = Path.of("config");
        if (Files.isDirectory(local)) {
            return local;
        }
        try (Stream<Path> dirs = Files.list(pluginPath)) {
            return dirs.map(d -> d.resolve("etc")).filter(Files::isDirectory).findFirst().orElse(local);
        }
    }

    private SimulatedUps startUps(List<ConnectorConfig> configs, int port) {
        Map<String, String> clients = new LinkedHashMap<>();
        for (ConnectorConfig c : configs) {
            String id = c.get("ups.client.id");
            String secret = c.get("ups.client.secret");
            if (id != null && !id.isBlank() && secret != null) {
                clients.putIfAbsent(id, secret);
            }
        }
        String account = first(configs, k -> k.endsWith(".account") || k.equals("inbound.account")).orElse(null);
        return SimulatedUps.start(new UpsSimulatorSettings(port, options.clockSpeed(), options.seed(), account, clients));
    }

    /** The configs with their local URLs and ports moved to where the services really run. */
    private static List<ConnectorConfig> placed(List<ConnectorConfig> configs, X3Simulator x3, SimulatedUps ups,
                                                EmbeddedKafka kafka, int webhookPort, double clockSpeed,
                                                Map<String, Integer> printerPorts) {
        ConfiguredEndpoints configured = ConfiguredEndpoints.of(configs);
        Map<Integer, Integer> moves = new HashMap<>();
        String bootstrap = kafka.bootstrapServers();
        move(moves, configured.kafka(), Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
        move(moves, configured.x3(), x3.port());
        move(moves, configured.ups(), ups.port());
        move(moves, configured.webhook(), webhookPort);
        EndpointRewriter rewriter = new EndpointRewriter(moves);
        List<ConnectorConfig> out = new ArrayList<>();
        for (ConnectorConfig c : configs) {
            ConnectorConfig moved = rewriter.rewrite(c);
            if (WebhookListener.runsListener(moved)) {
                Map<String, String> withPort = new LinkedHashMap<>(moved.config());
                withPort.put(WebhookListener.PORT, String.valueOf(webhookPort));
                TimeCompression.scaleStaleAfter(withPort, clockSpeed);
                moved = moved.with(withPort);
            }
            if (LABEL_PRINTER.equals(moved.connectorClass())) {
                moved = moved.with(localPrinters(moved, printerPorts));
            }
            out.add(moved);
        }
        return out;
    }

    /** The sites the label printer connector prints for, each of which gets a simulated printer. */
    private static List<String> printerSites(List<ConnectorConfig> configs) {
        return configs.stream().filter(c -> LABEL_PRINTER.equals(c.connectorClass()))
                .map(c -> c.get("sites")).filter(sites -> sites != null && !sites.isBlank())
                .flatMap(sites -> Stream.of(sites.split(","))).map(String::strip).filter(code -> !code.isEmpty())
                .distinct().toList();
    }

    /** Every site's printer becomes its simulated raw-TCP printer on this machine. */
    private static Map<String, String> localPrinters(ConnectorConfig printer, Map<String, Integer> ports) {
        Map<String, String> config = new LinkedHashMap<>(printer.config());
        ports.forEach((site, port) -> {
            config.put("site." + site + ".printer.type", "TCP");
            config.put("site." + site + ".printer.host", "127.0.0.1");
            config.put("site." + site + ".printer.port", String.valueOf(port));
            config.remove("site." + site + ".printer.directory");
        });
        return config;
    }

    /**
     * The provider with the demo key of {@code configDir}, copied owner-only into the workspace; none when
     * there is no key file and nothing refers to the provider.
     */
    private EncryptedSecrets encryptedSecrets(Path configDir, Path pluginPath, List<ConnectorConfig> configs) {
        Path keys = configDir.resolve(EncryptedSecrets.KEY_FILE);
        if (!Files.isRegularFile(keys)) {
            if (EncryptedSecrets.referenced(configs)) {
                throw new IllegalStateException("the connector configs in " + configDir + " hold ${"
                        + EncryptedSecrets.PROVIDER + ":…} references but there is no key file " + keys);
            }
            return null;
        }
        URLClassLoader pluginJars = PluginArchive.libraries(pluginPath, Quickstart.class.getClassLoader());
        shutdown.onClose("plugin jars opened for the config provider", pluginJars::close);
        EncryptedSecrets secrets = EncryptedSecrets.load(workspace.ownerOnlyCopy(keys), pluginJars);
        shutdown.onClose("config provider keys", secrets::close);
        return secrets;
    }

    private static void move(Map<Integer, Integer> moves, OptionalInt configured, int actual) {
        configured.ifPresent(port -> moves.putIfAbsent(port, actual));
    }

    private List<String> createConnectors(EmbeddedConnect connect, List<ConnectorConfig> configs) {
        Set<String> available = new HashSet<>();
        RestResponse plugins = connect.rest().connectorPlugins(true);
        if (plugins.isSuccess()) {
            for (JsonNode p : plugins.body()) {
                available.add(p.path("class").asText());
            }
        }
        List<String> created = new ArrayList<>();
        for (ConnectorConfig c : configs) {
            if (!available.contains(c.connectorClass())) {
                out.println("note: " + c.connectorClass() + " is not in the plugin archive; " + c.name()
                        + " is not started");
                continue;
            }
            RestResponse response = connect.rest().createConnector(c.name(), c.config());
            if (response.isSuccess()) {
                created.add(c.name());
            } else {
                out.println("error: connector " + c.name() + " was refused (HTTP " + response.status() + "): "
                        + response.message());
            }
        }
        return created;
    }

    private static Set<String> upsClientIds(List<ConnectorConfig> configs) {
        Set<String> ids = new HashSet<>();
        configs.forEach(c -> {
            String id = c.get("ups.client.id");
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static java.util.Optional<String> first(List<ConnectorConfig> configs, String key) {
        return first(configs, key::equals);
    }

    private static java.util.Optional<String> first(List<ConnectorConfig> configs,
                                                    java.util.function.Predicate<String> key) {
        return configs.stream().flatMap(c -> c.config().entrySet().stream())
                .filter(e -> key.test(e.getKey()) && e.getValue() != null && !e.getValue().isBlank())
                .map(Map.Entry::getValue).findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the webhook listener", e);
        }
    }

    /** The directory holding quickstart.jar (target/, also when run from target/classes). */
    private static Path codeLocation() {
        try {
            return Path.of(codeUrl().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.net.URL codeUrl() {
        return Quickstart.class.getProtectionDomain().getCodeSource().getLocation();
    }
}
