package dev.x3ups.ups.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * UPS's OpenAPI operations, loaded from the derived copies in {@code src/main/resources/ups-openapi/}, with the
 * documented leniencies ({@link OpenApiLeniency}). The simulator validates every request with it and the ups-client
 * contract tests use the same instance. Finds the operation of a method + path and validates request and response bodies
 * against its schemas (OpenAPI 3.0 schemas are validated as JSON Schema draft 4).
 */
public final class UpsContract {
    /** v1 Track Alert before v2: its paths are literal, v2's {@code /api/track/{version}/...} would match both. */
    public static final List<String> SPECS = List.of("Shipping", "Rating", "Tracking", "UPSTrackAlert-v1",
            "UPSTrackAlertEnhanced-v1", "UPSTrackAlert", "QuantumView", "AddressValidation", "OAuthClientCredentials",
            "Pickup");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final tools.jackson.databind.ObjectMapper INSTANCE_READER = new tools.jackson.databind.ObjectMapper();
    private static volatile UpsContract loaded;

    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, JsonNode> components = new ConcurrentHashMap<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    /** One operation: where it is and which schemas its bodies follow. */
    public record Operation(String spec, String method, String template, Pattern path, JsonNode requestSchema,
                     Map<String, JsonNode> responseSchemas) {
    }

    public static UpsContract get() {
        if (loaded == null) {
            synchronized (UpsContract.class) {
                if (loaded == null) {
                    loaded = new UpsContract();
                }
            }
        }
        return loaded;
    }

    private UpsContract() {
        for (String spec : SPECS) {
            JsonNode root = read(spec);
            JsonNode specComponents = root.path("components");
            OpenApiLeniency.apply(specComponents);
            OpenApiLeniency.applyKnownDefects(specComponents);
            components.put(spec, specComponents);
            String specBase = basePath(root.path("servers"));
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").properties().iterator(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                        continue;
                    }
                    JsonNode operation = op.getValue();
                    String base = operation.has("servers") ? basePath(operation.path("servers")) : specBase;
                    OpenApiLeniency.apply(operation);
                    operations.add(new Operation(spec, method, path.getKey(), toPattern(base + path.getKey()),
                            firstSchema(operation.path("requestBody").path("content")),
                            responseSchemas(operation.path("responses"))));
                }
            }
        }
    }

    /**
     * Compiles every request schema now (seconds for Shipping.yaml), so the first request of a simulator or test is
     * not the one that pays for it — a slow first ship call would look like a UPS timeout to a client.
     */
    public UpsContract warmUp() {
        for (Operation operation : operations) {
            if (operation.requestSchema() != null) {
                schemas.computeIfAbsent(operation.spec() + "|" + operation.requestSchema(),
                        k -> compile(operation.spec(), operation.requestSchema()));
            }
        }
        return this;
    }

    public List<Operation> operations() {
        return operations;
    }

    public Optional<Operation> find(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().matcher(path).matches()).findFirst();
    }

    /** Violations of the request body; an unknown operation is itself a violation. */
    public List<String> checkRequest(String method, String path, String body) {
        Optional<Operation> operation = find(method, path);
        if (operation.isEmpty()) {
            return List.of("no UPS operation " + method + " " + path + " in " + SPECS);
        }
        if (operation.get().requestSchema() == null) {
            return List.of();
        }
        return validate(operation.get(), operation.get().requestSchema(), body, method + " " + path + " request");
    }

    public List<String> checkResponse(String method, String path, int status, String body) {
        Optional<Operation> operation = find(method, path);
        if (operation.isEmpty()) {
            return List.of("no UPS operation " + method + " " + path + " in " + SPECS);
        }
        JsonNode schema = operation.get().responseSchemas().get(String.valueOf(status));
        if (schema == null) {
            // The specs leave out statuses every UPS API answers (e.g. Track declares no 401: docs/architecture.md,
            // "UPS facts: errors and retries"); such answers must still carry the common error envelope.
            return hasErrorEnvelope(body) ? List.of()
                    : List.of(method + " " + path + " answered HTTP " + status
                            + ", which the spec does not declare, without the response.errors[] envelope");
        }
        return validate(operation.get(), schema, body, method + " " + path + " response " + status);
    }

    private static boolean hasErrorEnvelope(String body) {
        try {
            JsonNode errors = JSON.readTree(body == null ? "" : body).path("response").path("errors");
            return errors.isArray() && !errors.isEmpty() && errors.get(0).path("code").isTextual()
                    && errors.get(0).path("message").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    /** Validates {@code body} against a schema of the {@code spec} document; used directly by tests too. */
    public List<String> validate(String spec, String schemaName, String body) {
        JsonNode ref = JSON.createObjectNode().put("$ref", "#/components/schemas/" + schemaName);
        return validate(spec, ref, body, schemaName);
    }

    private List<String> validate(Operation operation, JsonNode schemaNode, String body, String what) {
        return validate(operation.spec(), schemaNode, body, what);
    }

    private List<String> validate(String spec, JsonNode schemaNode, String body, String what) {
        Schema schema = schemas.computeIfAbsent(spec + "|" + schemaNode, k -> compile(spec, schemaNode));
        tools.jackson.databind.JsonNode instance;
        try {
            instance = INSTANCE_READER.readTree(body == null || body.isBlank() ? "null" : body);
        } catch (RuntimeException e) {
            return List.of(what + ": body is not JSON: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            out.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        return out;
    }

    private Schema compile(String spec, JsonNode schemaNode) {
        ObjectNode document = schemaNode.deepCopy();
        document.set("components", components.get(spec));
        try {
            return registry.getSchema(JSON.writeValueAsString(document), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String spec) {
        try (InputStream in = UpsContract.class.getResourceAsStream("/ups-openapi/" + spec + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing /ups-openapi/" + spec + ".yaml on the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path part of the first server URL, e.g. {@code /api} or {@code /api/track/{version}}. */
    private static String basePath(JsonNode servers) {
        if (!servers.isArray() || servers.isEmpty()) {
            return "";
        }
        String url = servers.get(0).path("url").asText();
        // a server variable with a single allowed value is a literal (v1 Track Alert: version = v1)
        for (Map.Entry<String, JsonNode> variable : servers.get(0).path("variables").properties()) {
            JsonNode allowed = variable.getValue().path("enum");
            if (allowed.isArray() && allowed.size() == 1) {
                url = url.replace("{" + variable.getKey() + "}", allowed.get(0).asText());
            }
        }
        int hostEnd = url.indexOf('/', url.indexOf("//") + 2);
        String path = hostEnd < 0 ? "" : url.substring(hostEnd);
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static Map<String, JsonNode> responseSchemas(JsonNode responses) {
        Map<String, JsonNode> out = new ConcurrentHashMap<>();
        responses.properties().forEach(e -> {
            JsonNode schema = firstSchema(e.getValue().path("content"));
            if (schema != null) {
                out.put(e.getKey(), schema);
            }
        });
        return out;
    }

    private static JsonNode firstSchema(JsonNode content) {
        Iterator<JsonNode> types = content.iterator();
        while (types.hasNext()) {
            JsonNode schema = types.next().path("schema");
            if (schema.isObject()) {
                return schema;
            }
        }
        return null;
    }
}
