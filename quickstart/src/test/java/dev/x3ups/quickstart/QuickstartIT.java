package dev.x3ups.quickstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's run command, for real: {@code java -jar target/quickstart.jar} in its own JVM, on free
 * ports, with the repository's config/ files and the plugin archive the build copied next to the jar.
 */
class QuickstartIT {

    private static final Path JAR = Path.of(System.getProperty("quickstart.jar", "target/quickstart.jar"));
    private static final Path CONFIG = Path.of(System.getProperty("quickstart.config.dir", "../config"));
    private static final Path ARCHIVE = JAR.resolveSibling("plugin-archive/x3-ups-connect.zip");
    private static final String[] FREE_PORTS = {"--kafka-port", "0", "--connect-port", "0", "--x3-port", "0",
        "--ups-port", "0", "--webhook-port", "0"};

    @BeforeAll
    static void jarIsBuilt() {
        assertThat(JAR).as("mvn package builds the jar before failsafe runs").isRegularFile();
    }

    @Test
    void twentyOrdersAreDeliveredOrFlaggedExactlyOnceAndTheRunExitsZero() throws Exception {
        List<String> missing = missingPlugins();
        assumeTrue(missing.isEmpty(), "skipped: the plugin archive does not hold " + missing + " yet");

        Run run = run(Duration.ofSeconds(170), concat(new String[] {"--orders", "20", "--exit-when-done",
            "--timeout", "150", "--clock-speed", "14400", "--config-dir", CONFIG.toString()}, FREE_PORTS));

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.lastLine());
        assertThat(summary.get("orders").asInt()).isEqualTo(20);
        assertThat(summary.get("duplicates").asInt()).isZero();
        assertThat(summary.get("lost").asInt()).isZero();
        // held: the seeded orders to addresses UPS finds ambiguous or unknown wait for a correction in X3
        assertThat(summary.get("held").asInt()).isPositive();
        assertThat(summary.get("delivered").asInt() + summary.get("flagged").asInt() + summary.get("held").asInt())
                .isEqualTo(20);
        assertThat(summary.get("shipments").asInt()).isGreaterThanOrEqualTo(summary.get("delivered").asInt());
        assertThat(summary.get("unlabelled").asInt()).as("every created shipment printed or e-mailed").isZero();
        assertThat(summary.get("labelsPrinted").asInt() + summary.get("labelsEmailed").asInt())
                .isGreaterThanOrEqualTo(summary.get("shipments").asInt());
        assertThat(run.output()).contains("Connect REST API: http://127.0.0.1:", "curl -s ",
                "first shipment created", "labels printed");
        assertThat(run.output()).doesNotContain("Connector#2025", "sim-client-secret", "change-me-webhook-secret");
    }

    @Test
    void secretsStayEncryptedInConnectAndTerminatingStopsEverything() throws Exception {
        Path output = Files.createTempFile("quickstart-it-", ".out");
        List<String> command = command("--orders", "3", "--rate", "0", "--config-dir", CONFIG.toString());
        command.addAll(List.of(FREE_PORTS));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Files.readString(output).contains("Running;") || !process.isAlive());
            assertThat(process.isAlive()).as(Files.readString(output)).isTrue();
            Path workspace = Path.of(Files.readString(output).lines().filter(l -> l.startsWith("Kafka and Connect logs: "))
                    .findFirst().orElseThrow().substring("Kafka and Connect logs: ".length())).getParent();

            String rest = Files.readString(output).lines().filter(l -> l.startsWith("Connect REST API: "))
                    .findFirst().orElseThrow().substring("Connect REST API: ".length()).split("\\s+")[0];
            // RUNNING tasks logged in to X3 with the password the worker's provider decrypted ...
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(get(rest + "/connectors/sage-x3-source/status").path("tasks").findValuesAsText("state"))
                            .isNotEmpty().containsOnly("RUNNING"));
            // ... while Connect itself holds only the reference.
            JsonNode config = get(rest + "/connectors/sage-x3-source/config");
            assertThat(config.path("x3.password").asText()).startsWith("${encrypted:quickstart:v1.");
            assertThat(config.toString()).doesNotContain("Connector#2025");

            process.destroy(); // SIGTERM: the JVM runs the same shutdown hook as for Ctrl-C

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> !process.isAlive());
            assertThat(Files.readString(output)).contains("... stopped; removed " + workspace);
            assertThat(workspace).doesNotExist();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(output);
        }
    }

    @Test
    void aPortInUseIsOneClearLineAndNothingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            Run run = run(Duration.ofSeconds(60), "--kafka-port", "0", "--connect-port", String.valueOf(port),
                    "--x3-port", "0", "--ups-port", "0", "--webhook-port", "0");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output().strip()).isEqualTo("Port " + port + " (Connect REST API) is already in use: "
                    + "stop what listens there or choose another port with --connect-port <port>.");
        }
    }

    private record Run(int exitCode, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    private static Run run(Duration limit, String... args) throws IOException {
        List<String> command = command(args);
        Path output = Files.createTempFile("quickstart-it-", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            await().atMost(limit).pollInterval(Duration.ofMillis(500)).until(() -> !process.isAlive());
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            if (process.isAlive()) {
                process.destroy();
                process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
            }
            Files.deleteIfExists(output);
        }
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Connector classes the archive must hold for the full pipeline; empty when all are there. */
    private static List<String> missingPlugins() throws IOException {
        List<String> wanted = new ArrayList<>(List.of("dev/x3ups/ups/sink/UpsSinkConnector.class",
                "dev/x3ups/ups/tracking/UpsTrackingSourceConnector.class"));
        try (InputStream in = Files.newInputStream(ARCHIVE); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".jar")) {
                    ZipInputStream jar = new ZipInputStream(zip);
                    for (ZipEntry c = jar.getNextEntry(); c != null; c = jar.getNextEntry()) {
                        wanted.remove(c.getName());
                    }
                }
            }
        }
        return wanted.stream().map(c -> c.replace('/', '.').replace(".class", "")).toList();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
