package dev.x3ups.ups.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A plain JDK HTTP client speaking to the simulator the way a UPS integration does. */
public final class SimulatorClient {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String CLIENT_ID = "sim-client-id";
    public static final String CLIENT_SECRET = "sim-client-secret";

    /** Status, headers and parsed body of one answer. */
    public record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        public String errorCode() {
            return json.path("response").path("errors").path(0).path("code").asText();
        }
    }

    private final UpsSimulator sim;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    public SimulatorClient(UpsSimulator sim) {
        this.sim = sim;
    }

    public Answer requestToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), Duration.ofSeconds(10));
    }

    public String token() {
        if (token == null) {
            Answer a = requestToken(CLIENT_ID, CLIENT_SECRET);
            if (a.status() != 200) {
                throw new IllegalStateException("token request failed: " + a.status());
            }
            token = a.json().get("access_token").asText();
        }
        return token;
    }

    public Answer post(String path, Object body) {
        return post(path, body, Duration.ofSeconds(10));
    }

    public Answer post(String path, Object body, Duration timeout) {
        return send(api(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), timeout);
    }

    public Answer get(String path) {
        return send(api(path).GET(), Duration.ofSeconds(10));
    }

    public Answer delete(String path) {
        return send(api(path).DELETE(), Duration.ofSeconds(10));
    }

    public Answer admin(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body));
        return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).method(method, publisher),
                Duration.ofSeconds(10));
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("Authorization", "Bearer " + token())
                .header("transId", UUID.randomUUID().toString().replace("-", ""))
                .header("transactionSrc", "x3ups-tests");
    }

    public Answer send(HttpRequest.Builder builder, Duration timeout) {
        try {
            HttpResponse<String> r = http.send(builder.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body() == null || r.body().isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(r.body());
            return new Answer(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
