package dev.x3ups.embedded.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The Connect REST API as used by tests, the quickstart and benchmarks. Every call returns the status
 * with the parsed body, so callers can assert on 4xx answers; {@link RestResponse#orThrow()} turns
 * failures into exceptions.
 */
public final class ConnectRestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final URI baseUrl;
    private final HttpClient http;

    public ConnectRestClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    ConnectRestClient(URI baseUrl, HttpClient http) {
        String url = baseUrl.toString();
        this.baseUrl = URI.create(url.endsWith("/") ? url : url + "/");
        this.http = http;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** {@code GET /}: version and Kafka cluster id. */
    public RestResponse serverInfo() {
        return send("GET", "", null);
    }

    /** {@code GET /health}: 200 once the worker can serve requests. */
    public RestResponse health() {
        return send("GET", "health", null);
    }

    public RestResponse connectors() {
        return send("GET", "connectors", null);
    }

    /** {@code POST /connectors}: create a connector. */
    public RestResponse createConnector(String name, Map<String, String> config) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.set("config", JSON.valueToTree(config));
        return send("POST", "connectors", body);
    }

    /** {@code PUT /connectors/{name}/config}: create or reconfigure. */
    public RestResponse putConnectorConfig(String name, Map<String, String> config) {
        return send("PUT", connector(name) + "/config", JSON.valueToTree(config));
    }

    public RestResponse connectorConfig(String name) {
        return send("GET", connector(name) + "/config", null);
    }

    public RestResponse deleteConnector(String name) {
        return send("DELETE", connector(name), null);
    }

    /** {@code GET /connectors/{name}/status}: connector and task states. */
    public RestResponse status(String name) {
        return send("GET", connector(name) + "/status", null);
    }

    public RestResponse tasks(String name) {
        return send("GET", connector(name) + "/tasks", null);
    }

    public RestResponse pause(String name) {
        return send("PUT", connector(name) + "/pause", null);
    }

    public RestResponse resume(String name) {
        return send("PUT", connector(name) + "/resume", null);
    }

    /** {@code PUT /connectors/{name}/stop}: stop tasks but keep the config, as offset changes require. */
    public RestResponse stop(String name) {
        return send("PUT", connector(name) + "/stop", null);
    }

    public RestResponse restart(String name, boolean includeTasks, boolean onlyFailed) {
        return send("POST", connector(name) + "/restart?includeTasks=" + includeTasks + "&onlyFailed=" + onlyFailed, null);
    }

    public RestResponse restartTask(String name, int task) {
        return send("POST", connector(name) + "/tasks/" + task + "/restart", null);
    }

    /** {@code GET /connectors/{name}/offsets}. */
    public RestResponse offsets(String name) {
        return send("GET", connector(name) + "/offsets", null);
    }

    /** {@code PATCH /connectors/{name}/offsets} with a body {@code {"offsets":[{partition, offset}…]}}. */
    public RestResponse alterOffsets(String name, JsonNode body) {
        return send("PATCH", connector(name) + "/offsets", body);
    }

    /** {@code DELETE /connectors/{name}/offsets}: reset all offsets of a stopped connector. */
    public RestResponse resetOffsets(String name) {
        return send("DELETE", connector(name) + "/offsets", null);
    }

    /** {@code GET /connector-plugins?connectorsOnly=…}. */
    public RestResponse connectorPlugins(boolean connectorsOnly) {
        return send("GET", "connector-plugins?connectorsOnly=" + connectorsOnly, null);
    }

    /** {@code PUT /connector-plugins/{class}/config/validate}. */
    public RestResponse validate(String connectorClass, Map<String, String> config) {
        return send("PUT", "connector-plugins/" + segment(connectorClass) + "/config/validate", JSON.valueToTree(config));
    }

    /** Any other call: method, path relative to the base URL (may carry a query), optional JSON body. */
    public RestResponse send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new RestResponse(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl.resolve(path).getPath() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    private static String connector(String name) {
        return "connectors/" + segment(name);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not serialisable", e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // Jetty's own error pages are HTML; keep the text so the status is still usable.
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
