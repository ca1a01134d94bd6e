package dev.x3ups.x3.client.auth;

import dev.x3ups.client.AccessToken;
import dev.x3ups.x3.client.X3Exception;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Access tokens from the OAuth2 client-credentials grant. */
public final class ClientCredentialsGrant implements TokenSource {
    private final ClientCredentials credentials;
    private final TokenEndpoint endpoint;
    private final Clock clock;

    public ClientCredentialsGrant(ClientCredentials credentials, TokenEndpoint endpoint, Clock clock) {
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public AccessToken fetch() throws X3Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", credentials.clientId());
        form.put("client_secret", credentials.clientSecret().reveal());
        form.put("scope", credentials.scope());
        form.put("audience", credentials.audience());
        Instant asked = clock.instant();
        TokenResponse granted = endpoint.postForm(form);
        return new AccessToken(granted.accessToken(), asked, asked.plus(granted.accessTokenLifetime()));
    }
}
