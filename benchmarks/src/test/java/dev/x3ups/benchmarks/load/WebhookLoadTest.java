package dev.x3ups.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP receiver on an ephemeral port: token fetch, headers, counting and rejected posts. */
class WebhookLoadTest {

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger posts = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/token", x -> {
            String expected = "Basic " + Base64.getEncoder().encodeToString("id:secret".getBytes(StandardCharsets.UTF_8));
            boolean ok = expected.equals(x.getRequestHeaders().getFirst("Authorization"))
                    && new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    .equals("grant_type=client_credentials");
            answer(x, ok ? 200 : 401, ok ? "{\"access_token\":\"tok\",\"token_type\":\"Bearer\"}" : "{}");
        });
        server.createContext("/events", x -> {
            boolean authorized = "Bearer tok".equals(x.getRequestHeaders().getFirst("Authorization"))
                    && "id".equals(x.getRequestHeaders().getFirst("x-api-key"))
                    && "application/json".equals(x.getRequestHeaders().getFirst("Content-Type"));
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int n = posts.incrementAndGet();
            bodies.add(body);
            // every tenth post is refused, as a full queue would be
            answer(x, !authorized ? 401 : n % 10 == 0 ? 503 : 200, "");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsEveryEventOnceAndCountsAcknowledgedAndRejected() throws Exception {
        WebhookLoad load = WebhookLoad.connect(URI.create(base + "/token"), URI.create(base + "/events"), "id", "secret");
        WebhookLoad.Result r = load.post(100, 200, 4, i -> "{\"n\":" + i + "}");
        assertThat(r.sent()).isEqualTo(200);
        assertThat(r.acknowledged()).isEqualTo(180);
        assertThat(r.rejected()).isEqualTo(20);
        assertThat(r.ackMillis().size()).isEqualTo(180);
        assertThat(r.acknowledgedPerSecond()).isPositive();
        assertThat(bodies).hasSize(200).doesNotHaveDuplicates().contains("{\"n\":100}", "{\"n\":299}");
    }

    @Test
    void aSenderPostsOneAtATimeOnOneConnection() throws Exception {
        WebhookLoad load = WebhookLoad.connect(URI.create(base + "/token"), URI.create(base + "/events"), "id", "secret");
        try (WebhookLoad.Sender sender = load.sender()) {
            assertThat(sender.post("{}")).isEqualTo(200);
            assertThat(sender.post("{}")).isEqualTo(200);
        }
        assertThat(posts).hasValue(2);
    }

    @Test
    void answersWithChunkedBodiesAreReadToTheirEnd() throws IOException {
        String answers = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                + "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 2\r\n\r\nno";
        ByteArrayInputStream in = new ByteArrayInputStream(answers.getBytes(StandardCharsets.US_ASCII));
        assertThat(KeepAliveConnection.readResponse(in)).isEqualTo(200);
        assertThat(KeepAliveConnection.readResponse(in)).isEqualTo(503);
        assertThat(in.available()).isZero();
    }
}
