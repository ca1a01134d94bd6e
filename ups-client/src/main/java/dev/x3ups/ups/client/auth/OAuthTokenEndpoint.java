package dev.x3ups.ups.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.client.Failures;
import dev.x3ups.client.Secret;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.json.ErrorEnvelope;
import dev.x3ups.ups.client.json.Lenient;
import dev.x3ups.ups.client.json.UpsJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** UPS OAuth client credentials (docs/architecture.md, "UPS facts: hosts and tokens"): Basic auth, form body, optional {@code x-merchant-id}. */
public final class OAuthTokenEndpoint implements TokenEndpoint {
    /** When UPS omits {@code expires_in}; the shortest lifetime UPS is known to issue. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final HttpClient http;
    private final Duration timeout;
    private final String tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final String merchantId;

    public OAuthTokenEndpoint(HttpClient http, Duration timeout, String tokenUrl, String clientId, Secret clientSecret,
                              String merchantId) {
        this.http = http;
        this.timeout = timeout;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.merchantId = merchantId;
    }

    @Override
    public CompletableFuture<TokenGrant> requestToken() {
        String basic = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret.reveal()).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
        if (merchantId != null) {
            request.header("x-merchant-id", merchantId);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause = Failures.cause(error);
                        throw new UpsUnavailableException(
                                "UPS token endpoint unreachable: " + cause.getClass().getSimpleName(), 0, List.of(), cause);
                    }
                    return grant(response.statusCode(), UpsJson.parse(response.body()));
                });
    }

    TokenGrant grant(int status, JsonNode body) {
        List<UpsError> errors = ErrorEnvelope.errors(body);
        if (status == 200) {
            String token = Lenient.text(body, "access_token");
            if (token == null) {
                throw new UpsUnavailableException("UPS token response without access_token", status, errors, null);
            }
            long seconds = Lenient.integer(body, "expires_in", -1);
            Duration lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_LIFETIME;
            return new TokenGrant(token, lifetime);
        }
        if (status == 429 || status >= 500) {
            throw new UpsUnavailableException("UPS token request for client id " + clientId + " answered HTTP " + status
                    + (errors.isEmpty() ? "" : ": " + errors), status, errors, null);
        }
        throw new UpsAuthenticationException("UPS refused the client credentials of client id " + clientId
                + " with HTTP " + status + (errors.isEmpty() ? "" : ": " + errors), status, errors);
    }

    @Override
    public String toString() {
        return "OAuthTokenEndpoint{url=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=" + clientSecret + "}";
    }
}
