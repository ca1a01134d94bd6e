package dev.x3ups.x3.client.auth;

import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import okhttp3.Request;

/** Sends the cached access token as a bearer token; a 401 drops it so the retry gets a new one. */
public final class BearerAuthenticator implements RequestAuthenticator {
    private static final String PREFIX = "Bearer ";

    private final TokenCache tokens;

    public BearerAuthenticator(TokenCache tokens) {
        this.tokens = tokens;
    }

    @Override
    public Request authorize(Request request) throws X3Exception {
        return request.newBuilder()
                .header("Authorization", PREFIX + tokens.current().value().reveal())
                .build();
    }

    @Override
    public boolean renewAfterRefusal(Request refused) {
        String header = refused.header("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            tokens.refused(header.substring(PREFIX.length()));
        }
        return true;
    }

    @Override
    public String toString() {
        return "BearerAuthenticator";
    }
}
