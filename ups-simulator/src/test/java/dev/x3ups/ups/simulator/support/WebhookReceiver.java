package dev.x3ups.ups.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny Track Alert receiver: serves a client-credentials token endpoint ({@code /token}) and accepts
 * events at {@code /events} only with the right Bearer token and x-api-key, or the right v1 credential.
 */
public final class WebhookReceiver implements AutoCloseable {
    public static final String CLIENT_ID = "receiver-id";
    public static final String CLIENT_SECRET = "receiver-secret";
    public static final String CREDENTIAL = "v1-shared-credential";
    private static final String ISSUED = "receiver-token-1";

    private final HttpServer server;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/token", this::token);
        server.createContext("/events", this::event);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    public String tokenUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    public List<JsonNode> events() {
        return events;
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int rejected() {
        return rejected.get();
    }

    private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String body = read(ex.getRequestBody());
        if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))
                || !body.contains("grant_type=client_credentials")) {
            respond(ex, 401, "{}");
            return;
        }
        respond(ex, 200, "{\"access_token\":\"" + ISSUED + "\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}");
    }

    private void event(HttpExchange ex) throws IOException {
        String body = read(ex.getRequestBody());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String apiKey = ex.getRequestHeaders().getFirst("x-api-key");
        String credential = ex.getRequestHeaders().getFirst("credential");
        boolean v2 = ("Bearer " + ISSUED).equals(auth) && CLIENT_ID.equals(apiKey);
        boolean v1 = CREDENTIAL.equals(credential);
        if (!(v2 || v1) || !"UPSPubSubTrackingService".equals(ex.getRequestHeaders().getFirst("User-Agent"))) {
            rejected.incrementAndGet();
            respond(ex, 401, "");
            return;
        }
        events.add(SimulatorClient.MAPPER.readTree(body));
        respond(ex, 200, "");
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
