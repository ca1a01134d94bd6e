package dev.x3ups.ups.tracking.webhook;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Track Alert v2: {@code Authorization: Bearer <a token our endpoint issued>} and {@code x-api-key: <the
 * client id UPS used to get it>} (docs/architecture.md, "UPS facts: Track Alert").
 */
public final class BearerAuthenticator implements WebhookAuthenticator {
    static final String API_KEY = "x-api-key";
    private final TokenEndpoint endpoint;
    private final byte[] clientIdDigest;

    public BearerAuthenticator(TokenEndpoint endpoint, String clientId) {
        this.endpoint = endpoint;
        this.clientIdDigest = ConstantTime.sha256(clientId);
    }

    @Override
    public boolean accepts(HttpFields headers) {
        String authorization = headers.get(HttpHeader.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        boolean apiKey = ConstantTime.equal(headers.get(API_KEY), clientIdDigest);
        return endpoint.tokens().valid(token) & apiKey;
    }

    @Override
    public TokenEndpoint tokenEndpoint() {
        return endpoint;
    }

    @Override
    public String toString() {
        return "BearerAuthenticator[tokens=****]";
    }
}
