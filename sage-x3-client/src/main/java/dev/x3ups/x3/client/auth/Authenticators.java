package dev.x3ups.x3.client.auth;

import dev.x3ups.x3.client.http.RequestAuthenticator;
import dev.x3ups.x3.client.http.X3Http;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;

/** Builds the request authenticator for each kind of {@link X3Credentials}. */
public final class Authenticators {

    private Authenticators() {
    }

    /**
     * @param tokenHttp  HTTP without an authenticator, for token endpoints
     * @param server     base URL that relative token URLs are resolved against
     */
    public static RequestAuthenticator of(X3Credentials credentials, X3Http tokenHttp, HttpUrl server, Clock clock,
                                          Duration renewAhead) {
        if (credentials instanceof BasicCredentials basic) {
            return new BasicAuthenticator(basic.user(), basic.password());
        }
        TokenSource source;
        if (credentials instanceof ConnectedAppCredentials app) {
            source = new ConnectedAppTokens(app, clock);
        } else if (credentials instanceof RefreshTokenCredentials refresh) {
            RefreshTokenStore store = refreshTokenStore(refresh, tokenHttp, server, clock);
            source = new RefreshTokenGrant(refresh, new TokenEndpoint(tokenHttp, resolve(server, refresh.tokenUrl())),
                    store, new RefreshTokenWarnings(clock, refresh.warnBeforeExpiry()), clock);
        } else if (credentials instanceof ClientCredentials client) {
            source = new ClientCredentialsGrant(client, new TokenEndpoint(tokenHttp, resolve(server, client.tokenUrl())),
                    clock);
        } else {
            throw new IllegalArgumentException("unsupported credentials " + credentials.getClass().getSimpleName());
        }
        return new BearerAuthenticator(new TokenCache(source, clock, renewAhead));
    }

    /** The topic when there is one (it survives a move to another worker), else the file, else memory. */
    private static RefreshTokenStore refreshTokenStore(RefreshTokenCredentials refresh, X3Http tokenHttp,
                                                       HttpUrl server, Clock clock) {
        if (refresh.tokenTopic() != null) {
            return KafkaRefreshTokenStore.open(refresh.tokenTopic(), server + " " + refresh.clientId(), clock);
        }
        return refresh.storeFile() != null ? new FileRefreshTokenStore(refresh.storeFile(), tokenHttp.json())
                : new InMemoryRefreshTokenStore();
    }

    private static HttpUrl resolve(HttpUrl server, String tokenUrl) {
        HttpUrl url = server.resolve(tokenUrl);
        if (url == null) {
            throw new IllegalArgumentException("token URL is not a valid URL: " + tokenUrl);
        }
        return url;
    }
}
