package dev.x3ups.ups.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.Secret;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.json.ErrorEnvelope;
import dev.x3ups.ups.client.json.Lenient;
import dev.x3ups.ups.client.json.UpsJson;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** UPS OAuth client credentials (ups-api.md §2): Basic auth, form body, optional {@code x-merchant-id}. */
public final class OAuthTokenEndpoint implements TokenEndpoint {
    /** When UPS omits {@code expires_in}; the shortest lifetime UPS is known to issue. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final OkHttpClient http;
    private final String tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final String merchantId;

    public OAuthTokenEndpoint(OkHttpClient http, String tokenUrl, String clientId, Secret clientSecret, String merchantId) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.merchantId = merchantId;
    }

    @Override
    public CompletableFuture<TokenGrant> requestToken() {
        Request.Builder request = new Request.Builder()
                .url(tokenUrl)
                .header("Authorization", Credentials.basic(clientId, clientSecret.reveal()))
                .header("Accept", "application/json")
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build());
        if (merchantId != null) {
            request.header("x-merchant-id", merchantId);
        }
        CompletableFuture<TokenGrant> result = new CompletableFuture<>();
        http.newCall(request.build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                result.completeExceptionally(new UpsUnavailableException(
                        "UPS token endpoint unreachable: " + e.getClass().getSimpleName(), 0, List.of(), e));
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (ResponseBody body = response.body()) {
                    String text = body.string();
                    result.complete(grant(response.code(), UpsJson.parse(text)));
                } catch (RuntimeException | IOException e) {
                    result.completeExceptionally(e instanceof IOException
                            ? new UpsUnavailableException("UPS token response unreadable", response.code(), List.of(), e)
                            : e);
                }
            }
        });
        return result;
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
