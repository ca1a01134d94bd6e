package dev.x3ups.x3.client.auth;

import dev.x3ups.client.Secret;
import java.util.Objects;

/**
 * OAuth2 client credentials, where a gateway in front of X3 offers them.
 *
 * @param tokenUrl     the token endpoint, absolute or relative to the X3 base URL
 * @param scope        requested scope, null for none
 * @param audience     requested audience, null for none
 */
public record ClientCredentials(String tokenUrl, String clientId, Secret clientSecret, String scope, String audience)
        implements X3Credentials {
    public ClientCredentials {
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
