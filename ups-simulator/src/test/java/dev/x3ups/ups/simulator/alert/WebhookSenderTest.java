package dev.x3ups.ups.simulator.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger tokenFetches = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService receiverThreads = Executors.newFixedThreadPool(16);
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final DeliveryStats stats = new DeliveryStats();

    WebhookSenderTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(receiverThreads);
        server.createContext("/events", ex -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.getRequestBody().readAllBytes();
            received.incrementAndGet();
            inFlight.decrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/token", ex -> {
            tokenFetches.incrementAndGet();
            byte[] body = "{\"access_token\":\"t\",\"expires_in\":\"3600\"}".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        receiverThreads.shutdownNow();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void keepsAtMostMaxInFlightAndLosesOverflow() {
        WebhookSender sender = new WebhookSender(http, new ReceiverTokens(http, Clock.systemUTC()), stats, 3, 5);
        WebhookDestination d = WebhookDestination.credential(base() + "/events", "Bearer", "c");
        for (int i = 0; i < 10; i++) {
            sender.send(d, "{}".getBytes());
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> inFlight.get() == 3);
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> stats.snapshot().delivered() == 8);
        assertThat(maxInFlight.get()).isEqualTo(3);
        assertThat(stats.snapshot().overflow()).isEqualTo(2);
        assertThat(received.get()).isEqualTo(8);
    }

    @Test
    void fetchesOneTokenForConcurrentOAuthPostsAndCountsUnreachableReceivers() {
        release.countDown();
        WebhookSender sender = new WebhookSender(http, new ReceiverTokens(http, Clock.systemUTC()), stats, 16, 1000);
        WebhookDestination d = WebhookDestination.oauth(base() + "/events", base() + "/token", "id", "secret");
        for (int i = 0; i < 50; i++) {
            sender.send(d, "{}".getBytes());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> stats.snapshot().delivered() == 50);
        assertThat(tokenFetches.get()).isEqualTo(1);
        sender.send(WebhookDestination.credential("http://127.0.0.1:1/nothing", "Bearer", "c"), "{}".getBytes());
        await().atMost(Duration.ofSeconds(30)).until(() -> stats.snapshot().failed() == 1);
    }
}
