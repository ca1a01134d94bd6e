package dev.x3ups.ups.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.client.Backoff;
import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsAmbiguousException;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.auth.UpsAuthenticationException;
import dev.x3ups.ups.client.json.UpsJson;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpsTransportTest {
    private static final String OK = "{\"ok\":\"yes\"}";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final FixedTokens tokens = new FixedTokens();
    private final List<HttpClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        clients.forEach(UpsHttp::shutdown);
    }

    private UpsTransport transport(UpsClientConfig.Builder config) {
        return transport(config, "x3-ups-test");
    }

    private UpsTransport transport(UpsClientConfig.Builder builder, String transactionSource) {
        UpsClientConfig config = builder.build();
        HttpClient http = UpsHttp.newClient(config.connectTimeout(), "transport-test-http");
        clients.add(http);
        return new UpsTransport(http, config.apiUrl(), tokens,
                new TokenBucketRateLimiter(config.requestsPerSecond(), config.burst(), scheduler),
                new InFlightLimiter(config.maxInFlight()),
                new RetryPolicy(new Backoff(config.initialBackoff(), config.maxBackoff()), config.retryDeadline()),
                scheduler, transactionSource, config.readTimeout(), config.callTimeout(), Clock.systemUTC());
    }

    private String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    private UpsTransport transport() {
        return transport(TestConfigs.forBaseUrl(baseUrl()));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json").build();
    }

    private static String error(String code, String message) {
        return "{\"response\":{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}}";
    }

    @Test
    void sendsBearerTokenTransIdSourceAndEncodedPath() throws Exception {
        server.enqueue(json(200, OK));
        ApiResponse response = transport().execute(
                ApiRequest.get("track", "track", "v1", "reference", "details", "SO 1/2").withQuery("locale", "en_US"))
                .get(5, TimeUnit.SECONDS);

        assertThat(response.body().path("ok").asText()).isEqualTo("yes");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/track/v1/reference/details/SO%201%2F2");
        assertThat(request.getUrl().queryParameter("locale")).isEqualTo("en_US");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.getHeaders().get("transId")).hasSize(32);
        assertThat(request.getHeaders().get("transactionSrc")).isEqualTo("x3-ups-test");
    }

    @Test
    void postsJsonBodies() throws Exception {
        server.enqueue(json(200, OK));
        transport().execute(ApiRequest.post("rate", UpsJson.object().put("a", "b"), "rating", "v2409", "Rate")).get();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{\"a\":\"b\"}");
    }

    @Test
    void aRequestTheHttpClientCannotBuildFailsInsteadOfHanging() {
        UpsTransport transport = transport(TestConfigs.forBaseUrl(baseUrl()), "line\nbreak");
        assertThatThrownBy(() -> transport.execute(ApiRequest.get("track", "track")).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThat(transport.inFlight()).isZero();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void staleToken401IsRenewedOnceAndRetried() throws Exception {
        server.enqueue(json(401, error("250002", "Invalid Authentication Information")));
        server.enqueue(json(200, OK));
        transport().execute(ApiRequest.get("track", "track")).get(5, TimeUnit.SECONDS);
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
        assertThat(tokens.invalidations()).isEqualTo(1);
    }

    @Test
    void a401WithAFreshTokenIsAnAuthenticationError() {
        server.enqueue(json(401, error("251004", "Bearer token expired")));
        server.enqueue(json(401, error("UJ0001", "Invalid token or token not present")));
        assertThatThrownBy(() -> transport().execute(ApiRequest.get("track", "track")).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(UpsAuthenticationException.class).hasMessageContaining("UJ0001")
                .hasMessageNotContaining("token-2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitWithRetryAfterIsWaitedOutAndRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
                .body(error("10429", "Too Many Requests")).build());
        server.enqueue(json(200, OK));
        long start = System.nanoTime();
        UpsTransport transportUnderTest = transport();
        transportUnderTest.execute(ApiRequest.post("ship", UpsJson.object(), "shipments").notIdempotent())
                .get(5, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(transportUnderTest.metrics()).isEqualTo(new TransportMetrics(1, 2, 1, 1, 1, 0, 0, 0));
    }

    @Test
    void serverErrorsAreRetriedForIdempotentCallsOnly() throws Exception {
        server.enqueue(json(500, error("10004", "Something went wrong")));
        server.enqueue(json(200, OK));
        transport().execute(ApiRequest.get("track", "track")).get(5, TimeUnit.SECONDS);
        assertThat(server.getRequestCount()).isEqualTo(2);

        server.enqueue(json(500, error("10004", "Something went wrong")));
        assertThatThrownBy(() -> transport().execute(ApiRequest.post("ship", UpsJson.object(), "ship").notIdempotent())
                .get(5, TimeUnit.SECONDS)).cause().isInstanceOf(UpsAmbiguousException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void validationErrorsAreHardWithCodeAndBody() {
        server.enqueue(json(400, error("120541", "Shipment/ReferenceNumber is not allowed for this shipment")));
        assertThatThrownBy(() -> transport().execute(ApiRequest.post("ship", UpsJson.object(), "ship").notIdempotent())
                .get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(UpsRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("120541");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.body().path("response").isObject()).isTrue();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void timeoutAfterSendingANonIdempotentRequestIsAmbiguousAndNotRetried() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        UpsTransport transport = transport(TestConfigs.forBaseUrl(baseUrl())
                .readTimeout(Duration.ofMillis(300)));
        assertThatThrownBy(() -> transport.execute(ApiRequest.post("ship", UpsJson.object(), "ship").notIdempotent())
                .get(5, TimeUnit.SECONDS)).cause().isInstanceOf(UpsAmbiguousException.class)
                .hasMessageContaining("after sending");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(transport.metrics().ambiguous()).isEqualTo(1);
    }

    @Test
    void timeoutOfAnIdempotentRequestIsRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(json(200, OK));
        UpsTransport transport = transport(TestConfigs.forBaseUrl(baseUrl())
                .readTimeout(Duration.ofMillis(300)));
        transport.execute(ApiRequest.get("track", "track")).get(5, TimeUnit.SECONDS);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failuresBeforeSendingAreRetriedUntilTheDeadlineAndNeverAmbiguous() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        UpsTransport transport = transport(TestConfigs.forBaseUrl("http://127.0.0.1:" + deadPort)
                .retryDeadline(Duration.ofMillis(300)));
        assertThatThrownBy(() -> transport.execute(ApiRequest.post("ship", UpsJson.object(), "ship").notIdempotent())
                .get(5, TimeUnit.SECONDS)).cause().isInstanceOf(UpsUnavailableException.class)
                .hasMessageContaining("before sending");
    }

    @Test
    void persistentUnavailabilityEndsAtTheDeadline() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().endsWith("warmup") ? json(200, OK)
                        : json(503, error("10004", "Service Unavailable"));
            }
        });
        UpsTransport transport = transport(TestConfigs.forBaseUrl(baseUrl())
                .retryDeadline(Duration.ofSeconds(1)));
        transport.execute(ApiRequest.get("warmup", "warmup")).get(5, TimeUnit.SECONDS); // a cold JVM is slow
        assertThatThrownBy(() -> transport.execute(ApiRequest.get("track", "track")).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(UpsUnavailableException.class).hasMessageContaining("HTTP 503");
        assertThat(server.getRequestCount()).isGreaterThan(2);
    }

    @Test
    void oneCallerThreadKeeps64RequestsInFlight() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                peak.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                release.await(10, TimeUnit.SECONDS);
                concurrent.decrementAndGet();
                return json(200, OK);
            }
        });
        UpsTransport transport = transport();
        List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            calls.add(transport.execute(ApiRequest.get("track", "track", "v1", "details", "n" + i)));
        }
        assertThat(calls).noneMatch(CompletableFuture::isDone); // the caller was never blocked
        await().atMost(Duration.ofSeconds(10)).until(() -> peak.get() == 64);
        assertThat(transport.inFlight()).isEqualTo(64);
        // NIO: 64 requests waiting on UPS hold sockets, not threads
        assertThat(liveThreadsNamed("transport-test-http")).isLessThanOrEqualTo(UpsHttp.THREADS);
        release.countDown();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(transport.inFlight()).isZero();
    }

    @Test
    void inFlightBoundIsRespected() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                peak.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                release.await(10, TimeUnit.SECONDS);
                concurrent.decrementAndGet();
                return json(200, OK);
            }
        });
        UpsTransport transport = transport(TestConfigs.forBaseUrl(baseUrl()).maxInFlight(4));
        List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(transport.execute(ApiRequest.get("track", "track")));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> peak.get() == 4);
        assertThat(server.getRequestCount()).isEqualTo(4);
        release.countDown();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(peak.get()).isEqualTo(4);
        assertThat(server.getRequestCount()).isEqualTo(12);
    }

    @Test
    void onlyAFailedConnectProvesNothingWasSent() {
        assertThat(UpsTransport.unanswered(new ConnectException("refused")).requestSent()).isFalse();
        assertThat(UpsTransport.unanswered(new HttpConnectTimeoutException("connect timed out")).requestSent()).isFalse();
        assertThat(UpsTransport.unanswered(new HttpTimeoutException("request timed out")).requestSent()).isTrue();
        assertThat(UpsTransport.unanswered(new java.io.IOException("connection reset")).requestSent()).isTrue();
        Failure.Unanswered cancelled = UpsTransport.unanswered(new CancellationException());
        assertThat(cancelled.requestSent()).isTrue();
        assertThat(cancelled.cause()).isInstanceOf(HttpTimeoutException.class).hasMessageContaining("call timeout");
    }

    @Test
    void anAnswerWhoseBodyNeverEndsIsCutOffByTheCallTimeout() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"ok\":\"yes\"}").onResponseBody(SocketEffect.Stall.INSTANCE).build());
        UpsTransport transport = transport(TestConfigs.forBaseUrl(baseUrl())
                .readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofMillis(500)));
        assertThatThrownBy(() -> transport.execute(ApiRequest.post("ship", UpsJson.object(), "ship").notIdempotent())
                .get(5, TimeUnit.SECONDS)).cause().isInstanceOf(UpsAmbiguousException.class)
                .hasMessageContaining("after sending");
        assertThat(transport.inFlight()).isZero();
    }

    private static long liveThreadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith(prefix)).count();
    }
}
