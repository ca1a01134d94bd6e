package dev.x3ups.benchmarks.harness;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connector files shipped in {@code config/}, pointed at the benchmark's simulators and topics: their
 * functional settings (representations, mappings, auth mode, intervals) stay as shipped; only addresses,
 * credentials (the shipped ones are encrypted for the quickstart's key) and topic names change.
 */
public final class ShippedConfigs {

    static final String X3_SOURCE_FILE = "sage-x3-source-connector.json";
    static final String X3_SINK_FILE = "sage-x3-sink-connector.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS.mappedFeature());

    private final Path directory;

    /** {@code directory}: the checkout's {@code config/}. */
    public ShippedConfigs(Path directory) {
        this.directory = directory;
    }

    /** The shipped X3 source on {@code x3Url}, writing {@code topic}. */
    public Map<String, String> x3Source(String x3Url, String topic) {
        Map<String, String> config = x3(read(X3_SOURCE_FILE), x3Url);
        config.put("topic", topic);
        return config;
    }

    /** The shipped X3 sink on {@code x3Url}, reading the given ledger, tracking and pickups topics. */
    public Map<String, String> x3Sink(String x3Url, String ledger, String tracking, String pickups, String deadLetters) {
        Map<String, String> config = x3(read(X3_SINK_FILE), x3Url);
        config.put("topics", String.join(",", ledger, tracking, pickups));
        config.put("x3.shipments.topic", ledger);
        config.put("x3.tracking.topic", tracking);
        config.put("x3.pickups.topic", pickups);
        if (config.containsKey("errors.deadletterqueue.topic.name")) {
            config.put("errors.deadletterqueue.topic.name", deadLetters);
        }
        return config;
    }

    private static Map<String, String> x3(Map<String, String> config, String x3Url) {
        config.put("x3.url", x3Url);
        config.put("x3.username", ConnectorConfigs.X3_USER);
        config.put("x3.password", ConnectorConfigs.X3_PASSWORD);
        return config;
    }

    /** The {@code config} object of a shipped file, values as strings. */
    Map<String, String> read(String file) {
        JsonNode root;
        try {
            root = JSON.readTree(directory.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped connector file " + directory.resolve(file), e);
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("config").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            config.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        }
        if (config.isEmpty()) {
            throw new IllegalStateException(directory.resolve(file) + " has no \"config\" object");
        }
        return config;
    }
}
