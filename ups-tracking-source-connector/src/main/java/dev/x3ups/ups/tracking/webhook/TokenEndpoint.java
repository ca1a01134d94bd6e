package dev.x3ups.ups.tracking.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The OAuth2 client-credentials token endpoint UPS calls before it posts v2 events (docs/architecture.md, "UPS facts: Track Alert"): client_secret_basic with the id and secret we registered in UPS's portal,
 * {@code grant_type=client_credentials}. Answers are computed here; {@link WebhookRouter} writes them.
 */
public final class TokenEndpoint {
    /** Status and JSON body of an answer. */
    public record Answer(int status, String json) {
    }

    private final byte[] clientIdDigest;
    private final byte[] clientSecretDigest;
    private final IssuedTokens tokens;

    public TokenEndpoint(String clientId, String clientSecret, IssuedTokens tokens) {
        if (clientId == null || clientId.isEmpty() || clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("webhook client id and secret are required for OAuth2 webhooks");
        }
        this.clientIdDigest = ConstantTime.sha256(clientId);
        this.clientSecretDigest = ConstantTime.sha256(clientSecret);
        this.tokens = tokens;
    }

    public Answer answer(String authorization, String form) {
        if (!authenticated(authorization)) {
            return new Answer(401, "{\"error\":\"invalid_client\"}");
        }
        if (!grantType(form)) {
            return new Answer(400, "{\"error\":\"unsupported_grant_type\"}");
        }
        String token = tokens.issue();
        return new Answer(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + tokens.lifetime().toSeconds() + "}");
    }

    public IssuedTokens tokens() {
        return tokens;
    }

    /** Both halves are always compared, so a right id with a wrong secret takes as long as a wrong id. */
    boolean authenticated(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String id = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        // RFC 6749 form-encodes both halves, many callers do not: either reading counts
        boolean idOk = ConstantTime.equal(id, clientIdDigest) | ConstantTime.equal(urlDecode(id), clientIdDigest);
        boolean secretOk = ConstantTime.equal(secret, clientSecretDigest)
                | ConstantTime.equal(urlDecode(secret), clientSecretDigest);
        return idOk & secretOk;
    }

    private static boolean grantType(String form) {
        if (form == null) {
            return false;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && "grant_type".equals(pair.substring(0, eq).trim())) {
                return "client_credentials".equals(urlDecode(pair.substring(eq + 1)).trim().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** RFC 6749 §2.3.1 form-encoding of id and secret inside the Basic header. */
    private static String urlDecode(String value) {
        try {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    @Override
    public String toString() {
        return "TokenEndpoint[client secret=****]";
    }
}
