package dev.x3ups.embedded.connect;

import com.sun.net.httpserver.HttpServer;
import dev.x3ups.embedded.rest.ConnectRestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthProbeTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int healthyAfter = Integer.MAX_VALUE;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            boolean healthy = calls.incrementAndGet() > healthyAfter;
            byte[] body = (healthy ? "{\"status\":\"healthy\"}" : "{\"status\":\"starting\",\"message\":\"Worker is still starting up.\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(healthy ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void waitsThroughStartingAnswersUntilHealthy() {
        healthyAfter = 3;

        new HealthProbe(client()).awaitHealthy(Duration.ofSeconds(10));

        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void givesUpWithTheLastAnswer() {
        assertThatThrownBy(() -> new HealthProbe(client()).awaitHealthy(Duration.ofMillis(400)))
                .hasMessageContaining("not healthy within")
                .hasMessageContaining("HTTP 503 Worker is still starting up.");
    }

    private ConnectRestClient client() {
        return new ConnectRestClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }
}
