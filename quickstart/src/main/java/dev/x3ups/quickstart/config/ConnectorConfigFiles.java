package dev.x3ups.quickstart.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the five connector JSON files of {@code config/} in the order they are created: the ends that
 * receive first (label printers, webhook listener, X3 write-back), then the UPS sink, then the X3 source that
 * starts the flow.
 */
public final class ConnectorConfigFiles {

    /** File names, in creation order. */
    public static final List<String> FILES = List.of(
            "label-printer-sink-connector.json",
            "ups-tracking-source-connector.json",
            "sage-x3-sink-connector.json",
            "ups-sink-connector.json",
            "sage-x3-source-connector.json");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS.mappedFeature());

    /** What was found: the connectors, and the file names that are missing. */
    public record Loaded(List<ConnectorConfig> connectors, List<String> missing) {
    }

    public Loaded load(Path directory) {
        List<ConnectorConfig> connectors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String file : FILES) {
            Path path = directory.resolve(file);
            if (Files.isRegularFile(path)) {
                connectors.add(read(path));
            } else {
                missing.add(file);
            }
        }
        return new Loaded(connectors, missing);
    }

    /** {@code {"name": …, "config": {…}}}, the body Connect's {@code POST /connectors} takes. */
    public ConnectorConfig read(Path path) {
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(path + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("name").isTextual() || !root.path("config").isObject()) {
            throw new IllegalStateException(path + " must be {\"name\": \"…\", \"config\": {…}}");
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("config").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            config.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        return new ConnectorConfig(root.get("name").asText(), config);
    }
}
