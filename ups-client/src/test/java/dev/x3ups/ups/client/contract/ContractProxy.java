package dev.x3ups.ups.client.contract;

import dev.x3ups.ups.simulator.contract.UpsContract;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy between the client and the simulator that checks every JSON request body the client puts on the
 * wire, and every response body that comes back, against UPS's OpenAPI schemas. Violations are collected; tests
 * assert there are none.
 */
final class ContractProxy implements AutoCloseable {
    /** Headers that belong to one connection, or that the JDK client sets itself. */
    private static final Set<String> PER_CONNECTION = Set.of("connection", "content-length", "host",
            "transfer-encoding", "keep-alive", "upgrade", "expect", "date");

    private final UpsContract contract;
    private final String upstream;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger requestsChecked = new AtomicInteger();
    private final AtomicInteger responsesChecked = new AtomicInteger();

    ContractProxy(UpsContract contract, String upstream) {
        this.contract = contract;
        this.upstream = upstream;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new IllegalStateException("contract proxy could not listen", e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    int requestsChecked() {
        return requestsChecked.get();
    }

    int responsesChecked() {
        return responsesChecked.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null && contentType.contains("json")) {
                violations.addAll(contract.checkRequest(method, path, new String(body, StandardCharsets.UTF_8)));
                requestsChecked.incrementAndGet();
            } else if (contract.find(method, path).isEmpty()) {
                violations.add("no UPS operation " + method + " " + path);
            }
            HttpResponse<byte[]> response = http.send(upstreamRequest(exchange, body), HttpResponse.BodyHandlers.ofByteArray());
            violations.addAll(contract.checkResponse(method, path, response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8)));
            responsesChecked.incrementAndGet();
            response.headers().map().forEach((name, values) -> {
                if (!PER_CONNECTION.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] out = response.body();
            exchange.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
            exchange.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest upstreamRequest(HttpExchange exchange, byte[] body) {
        URI uri = exchange.getRequestURI();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!PER_CONNECTION.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
