package dev.x3ups.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The UPS simulator in a child JVM, driven through its admin HTTP API. It runs on Jetty 12.1, which cannot share
 * a classpath with Connect's Jetty 12.0; a separate process also keeps its CPU out of the pipeline's figures.
 */
public final class UpsSimulatorProcess implements AutoCloseable {

    private static final String READY = "UPS simulator listening on ";

    private final Process process;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private UpsSimulatorProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * @param jars       the benchmark's build output: {@code lib/} and {@code ups-simulator/} (Jetty 12.1) under it
     * @param clockSpeed simulated seconds per real second
     */
    public static UpsSimulatorProcess start(SimulatorJars jars, double clockSpeed) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", jars.classpath(),
                "dev.x3ups.ups.simulator.UpsSimulatorMain",
                "--port", "0", "--speed", Double.toString(clockSpeed), "--seed", "42",
                "--account", ConnectorConfigs.UPS_ACCOUNT, "--exception-share", "0",
                "--client", ConnectorConfigs.UPS_CLIENT_ID + ":" + ConnectorConfigs.UPS_CLIENT_SECRET));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("UPS simulator did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(READY)) {
                        return line.substring(READY.length()).trim();
                    }
                    seen.append(line).append('\n');
                }
                throw new IllegalStateException("UPS simulator exited before listening:\n" + seen);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String baseUrl = url.get(60, TimeUnit.SECONDS);
            Thread drain = new Thread(() -> drain(out), "ups-simulator-output");
            drain.setDaemon(true);
            drain.start();
            return new UpsSimulatorProcess(process, baseUrl);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("UPS simulator did not come up", e);
        }
    }

    /** Keeps the child's pipe empty; its warnings go to our stderr. */
    private static void drain(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.err.println("[ups-simulator] " + line);
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Every UPS API answers {@code latency} later (token requests too: they are rare). */
    public void latency(Duration latency) {
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            ObjectNode body = json.createObjectNode().put("latencyMillis", latency.toMillis());
            send("PUT", "/admin/faults/" + endpoint.name(), body);
        }
    }

    /**
     * Ship answers lost after UPS created the shipment: a share {@code rate} of ship calls is held past the
     * client's timeout, then closed unanswered ({@code latency} still applies to every call).
     */
    public void shipAnswersLost(double rate, Duration hold, Duration latency) {
        ObjectNode body = json.createObjectNode().put("latencyMillis", latency.toMillis()).put("timeoutRate", rate)
                .put("timeoutMode", "AFTER_PROCESSING").put("holdMillis", hold.toMillis());
        send("PUT", "/admin/faults/" + ApiEndpoint.SHIP.name(), body);
    }

    /** Requests received per endpoint ({@code SHIP}, {@code TOKEN}, …) since start or the last reset. */
    public Map<String, Long> counters() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : send("GET", "/admin/counters", null).properties()) {
            counts.put(e.getKey(), e.getValue().path("total").asLong());
        }
        return counts;
    }

    public void resetCounters() {
        send("POST", "/admin/counters/reset", null);
    }

    /** Where Track Alert v2 events of the UPS client id go: a receiver with its own OAuth token endpoint. */
    public void registerWebhook(String upsClientId, String url, String tokenUrl, String clientId, String secret) {
        send("PUT", "/admin/trackalert/webhooks/" + upsClientId, json.createObjectNode().put("url", url)
                .put("tokenUrl", tokenUrl).put("clientId", clientId).put("clientSecret", secret));
    }

    public JsonNode trackAlertStats() {
        return send("GET", "/admin/trackalert/stats", null);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json");
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("UPS simulator admin " + method + " " + path + " answered "
                        + response.statusCode());
            }
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("UPS simulator admin " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The child's classpath: Jetty 12.1 from {@code ups-simulator/}, everything else but Jetty from {@code lib/}. */
    public record SimulatorJars(Path jettyDirectory, Path libDirectory) {

        /** Beside the running benchmarks.jar (or target/classes when run from an IDE). */
        public static SimulatorJars besideThisBuild() {
            try {
                Path code = Path.of(UpsSimulatorProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path target = code.getParent();
                return new SimulatorJars(target.resolve("ups-simulator"), target.resolve("lib"));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        String classpath() {
            String version = jettyVersion();
            List<String> jetty = jars(jettyDirectory, false).stream()
                    .filter(j -> j.endsWith("-" + version + ".jar")).toList();
            List<String> rest = jars(libDirectory, true);
            if (jetty.isEmpty() || rest.isEmpty()) {
                throw new IllegalStateException("no simulator jars in " + jettyDirectory + " or " + libDirectory
                        + ": build the benchmarks module first (mvn -B -ntp install -DskipTests)");
            }
            List<String> entries = new ArrayList<>(jetty);
            entries.addAll(rest);
            return String.join(File.pathSeparator, entries);
        }

        /** The Jetty version the build copied (the directory may hold others from earlier builds). */
        static String jettyVersion() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = UpsSimulatorProcess.class.getResourceAsStream(
                    "/dev/x3ups/benchmarks/build.properties")) {
                if (in == null) {
                    throw new IllegalStateException("build.properties missing: build the benchmarks module");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("ups.simulator.jetty.version");
        }

        static List<String> jars(Path dir, boolean withoutJetty) {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.toString().endsWith(".jar"))
                        .filter(f -> !withoutJetty || !f.getFileName().toString().startsWith("jetty-"))
                        .map(Path::toString).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
