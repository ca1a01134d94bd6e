package dev.x3ups.x3.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves a {@link Handler} on the JDK HTTP server. */
public final class HttpServerAdapter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServerAdapter.class);
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server sends headers and body as two writes; with Nagle on, the body waits for the client's
        // delayed ACK, ~40 ms on every keep-alive call, which a real X3 does not add. Read once per JVM, when the
        // first JDK HttpServer starts; an explicit -D setting wins.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    public HttpServerAdapter(String host, int port, int threads, Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 128);
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "x3-sim-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> serve(exchange, handler));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            SimRequest request = new SimRequest(exchange.getRequestMethod(),
                    SimRequest.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B")),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
            SimResponse response;
            try {
                response = handler.handle(request);
            } catch (RuntimeException e) {
                // Never let a handler bug close the connection without an answer.
                LOG.warn("unhandled error on {} {}", request.method(), request.path(), e);
                response = SimResponse.json(500, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Internal error\"}]}");
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            boolean noBody = bytes.length == 0 || "HEAD".equals(request.method());
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : bytes.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
