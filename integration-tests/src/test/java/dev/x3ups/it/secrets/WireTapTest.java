package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WireTapTest {

    private static final String ISSUED = "issued-token-7c1d2e3f4a5b";
    private static final String REFRESH = "refresh-token-99aa88bb77cc";

    private final SecretCatalog catalog = new SecretCatalog();
    private final List<String> seenByUpstream = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer upstream;
    private WireTap tap;

    @BeforeEach
    void startUpstreamAndTap() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, 200, "{\"access_token\":\"" + ISSUED + "\",\"refresh_token\":\"" + REFRESH
                    + "\",\"expires_in\":300}");
        });
        upstream.createContext("/api", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (seenByUpstream) {
                seenByUpstream.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            }
            exchange.getResponseHeaders().add("X-Answer", "yes");
            answer(exchange, 201, "created " + body);
        });
        upstream.start();
        tap = WireTap.start("test", "http://127.0.0.1:" + upstream.getAddress().getPort(), catalog);
    }

    @AfterEach
    void stop() {
        tap.close();
        upstream.stop(0);
    }

    @Test
    void forwardsRequestsAndAnswersUnchanged() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tap.url() + "/api/orders?x=1%202"))
                .header("Authorization", "Bearer caller-bearer-123456").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("created hello");
        assertThat(response.headers().firstValue("X-Answer")).contains("yes");
        assertThat(seenByUpstream).containsExactly("POST /api/orders?x=1%202 Bearer caller-bearer-123456 hello");
        assertThat(tap.exchanges()).isEqualTo(1);
    }

    @Test
    void recordsCredentialsSentAndTokensIssued() throws Exception {
        String basic = Base64.getEncoder().encodeToString("client:client-secret-abc".getBytes(StandardCharsets.UTF_8));
        http.send(HttpRequest.newBuilder(URI.create(tap.url() + "/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_secret=form-secret%2B1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        http.send(HttpRequest.newBuilder(URI.create(tap.url() + "/api/x")).header("credential", "v1-credential-xyz")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(catalog.labelsByValue())
                .containsEntry(basic, "test Basic credential sent")
                .containsEntry("form-secret+1", "test client_secret sent")
                .containsEntry(ISSUED, "test issued access_token")
                .containsEntry(REFRESH, "test issued refresh_token")
                .containsEntry("v1-credential-xyz", "test credential header sent")
                .doesNotContainKey("client_credentials");
    }

    @Test
    void answersBadGatewayWhenTheUpstreamIsGone() throws Exception {
        upstream.stop(0);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tap.url() + "/api/x")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
