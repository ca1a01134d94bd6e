package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.ups.tracking.events.InboundQueue;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.events.WebhookEventParser;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener on a real Jetty, ephemeral port, driven over HTTP(S). */
class WebhookServerTest {
    private static final WebhookPaths PATHS = new WebhookPaths("/ups/track-alert", "/ups/oauth/token", "/health");
    private final TrackingMetrics metrics = new TrackingMetrics();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private InboundQueue queue;
    private WebhookServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private String start(WebhookAuthenticator auth, AckMode mode, int capacity, ListenerTls tls) throws Exception {
        queue = new InboundQueue(capacity);
        WebhookIntake intake = new WebhookIntake(auth, new WebhookEventParser(Clock.systemUTC()), queue, metrics,
                mode, Duration.ofMillis(500), System::nanoTime);
        server = WebhookServer.start("127.0.0.1", 0, tls, intake, PATHS, 2048, queue::webhookDepth);
        return (tls == null ? "http" : "https") + "://127.0.0.1:" + server.port();
    }

    private HttpResponse<String> post(HttpClient client, String url, String contentType, String credential,
                                      HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (credential != null) {
            b.header("credential", credential);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersTheBadRequestCatalogueAndStaysUp() throws Exception {
        String base = start(new CredentialHeaderAuthenticator("cred"), AckMode.RECEIVED, 1, null);
        String events = base + PATHS.events();
        String event = WebhookIntakeTest.EVENT;

        assertThat(post(http, events, "application/json", null, HttpRequest.BodyPublishers.ofString(event))
                .statusCode()).isEqualTo(401);
        assertThat(post(http, events, "application/json", "wrong", HttpRequest.BodyPublishers.ofString(event))
                .statusCode()).isEqualTo(401);
        assertThat(post(http, events, "text/plain", "cred", HttpRequest.BodyPublishers.ofString(event))
                .statusCode()).isEqualTo(415);
        String big = "{\"trackingNumber\":\"1ZA\",\"pad\":\"" + "x".repeat(4096) + "\"}";
        assertThat(post(http, events, "application/json", "cred", HttpRequest.BodyPublishers.ofString(big))
                .statusCode()).isEqualTo(413);
        // chunked: no Content-Length, the limit holds while reading
        assertThat(post(http, events, "application/json", "cred", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes()))).statusCode()).isEqualTo(413);
        assertThat(post(http, events, "application/json", "cred", HttpRequest.BodyPublishers.ofString("{nope"))
                .statusCode()).isEqualTo(400);
        assertThat(post(http, events, "application/json", "cred", HttpRequest.BodyPublishers.ofString(event))
                .statusCode()).isEqualTo(200);
        assertThat(post(http, events, "application/json", "cred", HttpRequest.BodyPublishers.ofString(event))
                .statusCode()).as("queue of one is full").isEqualTo(503);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(events)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/elsewhere")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"").contains("\"queueDepth\":1");
        assertThat(metrics.malformedTotal()).isEqualTo(1);
        assertThat(metrics.authFailuresTotal()).isEqualTo(2);
    }

    @Test
    void committedModeAnswersWhenTheEventIsAcknowledged() throws Exception {
        String base = start(new CredentialHeaderAuthenticator("cred"), AckMode.COMMITTED, 10, null);
        var answer = http.sendAsync(HttpRequest.newBuilder(URI.create(base + PATHS.events()))
                .header("Content-Type", "application/json").header("credential", "cred")
                .POST(HttpRequest.BodyPublishers.ofString(WebhookIntakeTest.EVENT)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<ObservedEvent> queued = new ArrayList<>();
        await().atMost(Duration.ofSeconds(5)).until(() -> queue.drain(queued, 10, 0) > 0 || !queued.isEmpty());
        assertThat(answer).isNotDone();
        queued.get(0).ack().complete();
        assertThat(answer.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

        var unacknowledged = post(http, base + PATHS.events(), "application/json", "cred",
                HttpRequest.BodyPublishers.ofString(WebhookIntakeTest.EVENT));
        assertThat(unacknowledged.statusCode()).isEqualTo(503);
    }

    @Test
    void servesTheOAuthTokenEndpointForTrackAlertV2OverHttps(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("listener.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "listener", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();

        IssuedTokens tokens = new IssuedTokens(Clock.systemUTC(), Duration.ofMinutes(5), 10);
        String base = start(new BearerAuthenticator(new TokenEndpoint("ups-caller", "topsecret", tokens),
                "ups-caller"), AckMode.RECEIVED, 10, new ListenerTls(keystore.toString(), "changeit", "PKCS12"));
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll()).build();

        HttpResponse<String> refused = https.send(HttpRequest.newBuilder(URI.create(base + PATHS.token()))
                .header("Authorization", TokenEndpointTest.basic("ups-caller", "wrong"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        HttpResponse<String> granted = https.send(HttpRequest.newBuilder(URI.create(base + PATHS.token()))
                .header("Authorization", TokenEndpointTest.basic("ups-caller", "topsecret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(granted.headers().firstValue("Cache-Control")).contains("no-store");
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(granted.body())
                .get("access_token").asText();

        HttpRequest.Builder event = HttpRequest.newBuilder(URI.create(base + PATHS.events()))
                .header("Content-Type", "application/json").header("User-Agent", "UPSPubSubTrackingService")
                .POST(HttpRequest.BodyPublishers.ofString(WebhookIntakeTest.EVENT));
        assertThat(https.send(event.copy().header("Authorization", "Bearer " + token).header("x-api-key",
                "ups-caller").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(https.send(event.copy().header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(https.send(event.copy().header("Authorization", "Bearer not-issued").header("x-api-key",
                "ups-caller").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(WebhookServer.heldHere(server.port())).isTrue();
    }

    private static SSLContext trustAll() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }
}
