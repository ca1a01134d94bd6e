package dev.x3ups.it.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A recording reverse proxy put between a connector and a server (or a simulator and our webhook
 * listener). It forwards every request unchanged and adds to a {@link SecretCatalog} every credential
 * that crossed it: {@code Authorization} and {@code credential} header values, and the tokens in
 * token-endpoint answers. That is how the hygiene test learns the tokens issued during a run without the
 * servers having to reveal them.
 */
final class WireTap implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection",
            "transfer-encoding", "expect", "upgrade", "keep-alive", "te", "trailer", "proxy-connection");
    private static final Set<String> TOKEN_FIELDS = Set.of("access_token", "refresh_token", "id_token");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final URI upstream;
    private final SecretCatalog catalog;
    private final HttpClient client;
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong exchanges = new AtomicLong();

    private WireTap(String name, URI upstream, SecretCatalog catalog) throws IOException {
        this.name = name;
        this.upstream = upstream;
        this.catalog = catalog;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wiretap-" + name);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::forward);
    }

    /** Starts a tap on an ephemeral port forwarding to {@code upstream} (scheme, host and port; no path). */
    static WireTap start(String name, String upstream, SecretCatalog catalog) {
        try {
            WireTap tap = new WireTap(name, URI.create(upstream), catalog);
            tap.server.start();
            return tap;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: give this to the client instead of the upstream address. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests forwarded so far (answered or not). */
    long exchanges() {
        return exchanges.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        exchanges.incrementAndGet();
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            recordRequest(exchange, body);
            URI target = upstream.resolve(exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((header, values) -> {
                if (!NOT_FORWARDED.contains(header.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(header, v));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            recordResponse(response.body());
            response.headers().map().forEach((header, values) -> {
                String lower = header.toLowerCase(Locale.ROOT);
                if (!NOT_FORWARDED.contains(lower) && !lower.startsWith(":")) {
                    exchange.getResponseHeaders().put(header, values);
                }
            });
            byte[] answer = response.body();
            boolean noBody = answer.length == 0 || "HEAD".equals(exchange.getRequestMethod())
                    || response.statusCode() == 204 || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : answer.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    private void recordRequest(HttpExchange exchange, byte[] body) {
        for (String value : exchange.getRequestHeaders().getOrDefault("Authorization", List.of())) {
            int space = value.indexOf(' ');
            String scheme = space < 0 ? "" : value.substring(0, space);
            catalog.addIfSearchable(name + " " + scheme + " credential sent", value.substring(space + 1).trim());
        }
        for (String value : exchange.getRequestHeaders().getOrDefault("credential", List.of())) {
            catalog.addIfSearchable(name + " credential header sent", value);
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (eq > 0 && (key.endsWith("_secret") || key.endsWith("_token") || key.equals("password"))) {
                    catalog.addIfSearchable(name + " " + key + " sent",
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void recordResponse(byte[] body) {
        if (body.length == 0 || body[0] != '{') {
            return;
        }
        try {
            JsonNode json = JSON.readTree(body);
            for (String field : TOKEN_FIELDS) {
                if (json.path(field).isTextual()) {
                    catalog.addIfSearchable(name + " issued " + field, json.path(field).asText());
                }
            }
        } catch (IOException notJson) {
            // not a token answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "WireTap[" + name + " " + url() + " -> " + upstream + "]";
    }
}
