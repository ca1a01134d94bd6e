package dev.x3ups.ups.simulator.alert;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens the simulator (as UPS) fetches from receivers' token URLs with client_secret_basic.
 * One fetch in flight per receiver; reused until 10 s before {@code expires_in}; dropped on failure.
 */
final class ReceiverTokens {
    private record Token(String value, Instant expiresAt) { }

    private final HttpClient http;
    private final Clock wall;
    private final Map<String, CompletableFuture<Token>> cache = new ConcurrentHashMap<>();

    ReceiverTokens(HttpClient http, Clock wall) {
        this.http = http;
        this.wall = wall;
    }

    CompletableFuture<String> token(WebhookDestination d) {
        String key = d.tokenUrl() + "|" + d.clientId();
        return cache.compute(key, (k, existing) -> usable(existing) ? existing : fetch(d)).thenApply(Token::value);
    }

    void invalidate(WebhookDestination d) {
        cache.remove(d.tokenUrl() + "|" + d.clientId());
    }

    private boolean usable(CompletableFuture<Token> f) {
        if (f == null || f.isCompletedExceptionally()) {
            return false;
        }
        return !f.isDone() || f.join().expiresAt().isAfter(wall.instant().plusSeconds(10));
    }

    private CompletableFuture<Token> fetch(WebhookDestination d) {
        String basic = Base64.getEncoder().encodeToString(
                (d.clientId() + ":" + d.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.tokenUrl()))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", TrackingEventPayloads.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new CompletionException(new IllegalStateException(
                        "receiver token endpoint answered HTTP " + response.statusCode()));
            }
            JsonNode body = Json.parse(response.body());
            String token = Json.text(body, "access_token");
            if (token == null) {
                throw new CompletionException(new IllegalStateException("receiver token response has no access_token"));
            }
            String expires = Json.text(body, "expires_in");
            long seconds = expires == null ? 3600 : Long.parseLong(expires.trim());
            return new Token(token, wall.instant().plusSeconds(seconds));
        });
    }
}
