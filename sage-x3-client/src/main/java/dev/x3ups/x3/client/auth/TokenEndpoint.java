package dev.x3ups.x3.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.client.Secret;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.http.X3Http;
import dev.x3ups.x3.client.http.X3Response;
import java.time.Duration;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * An OAuth2 token endpoint. Refusals (400/401 with an OAuth {@code error}) become
 * {@link X3AuthenticationException}s carrying the endpoint's error code and description, never the
 * request body.
 */
public final class TokenEndpoint {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration DEFAULT_ACCESS_LIFETIME = Duration.ofMinutes(5);

    private final X3Http http;
    private final HttpUrl url;

    /** {@code http} must carry no authenticator: the client authenticates in the body. */
    public TokenEndpoint(X3Http http, HttpUrl url) {
        this.http = http;
        this.url = url;
    }

    public TokenResponse postForm(Map<String, String> fields) throws X3Exception {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach((name, value) -> {
            if (value != null) {
                form.add(name, value);
            }
        });
        return post(form.build());
    }

    public TokenResponse postJson(Map<String, String> fields) throws X3Exception {
        var node = http.json().createObjectNode();
        fields.forEach((name, value) -> {
            if (value != null) {
                node.put(name, value);
            }
        });
        return post(RequestBody.create(node.toString(), JSON));
    }

    private TokenResponse post(RequestBody body) throws X3Exception {
        Request request = new Request.Builder().url(url).header("Accept", "application/json").post(body).build();
        X3Response response = http.send(request);
        if (response.status() == 400 || response.status() == 401) {
            JsonNode error = response.body();
            String code = error.path("error").asText("refused");
            String description = error.path("error_description").asText(error.path("message").asText(""));
            throw new X3AuthenticationException("the X3 token endpoint " + response.operation() + " refused the grant: "
                    + code + (description.isEmpty() ? "" : " (" + description + ")"), response.status(), null);
        }
        JsonNode granted = response.requireSuccess();
        String access = text(granted, "access_token", "accessToken");
        if (access == null) {
            throw new X3AuthenticationException(
                    "the X3 token endpoint " + response.operation() + " answered without an access token",
                    response.status(), null);
        }
        String refresh = text(granted, "refresh_token", "refreshToken");
        return new TokenResponse(
                Secret.of(access),
                seconds(granted, "expires_in", "expiresIn", DEFAULT_ACCESS_LIFETIME),
                Secret.ofNullable(refresh),
                seconds(granted, "refresh_token_expires_in", "refreshTokenExpiresIn", null));
    }

    private static String text(JsonNode node, String name, String alias) {
        JsonNode value = node.hasNonNull(name) ? node.get(name) : node.get(alias);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private static Duration seconds(JsonNode node, String name, String alias, Duration fallback) {
        String value = text(node, name, alias);
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
