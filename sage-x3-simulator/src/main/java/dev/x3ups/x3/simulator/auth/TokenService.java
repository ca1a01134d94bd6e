package dev.x3ups.x3.simulator.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The X3 Cloud gateway's token authority: single-use authorization codes, 5-minute JWT access tokens and
 * rotating refresh tokens (a used refresh token is revoked), plus client credentials. Strict like an OAuth server
 * with reuse detection: presenting a refresh token that was already used revokes the whole chain it belongs to,
 * so a client that spends one token twice is locked out until it pairs again.
 */
public final class TokenService {

    static final String ISSUER = "x3-simulator-gateway";

    private record Code(String clientId, Instant expires, String scope) {
    }

    private record Refresh(String clientId, Instant expires, String scope, String chain) {
    }

    private final AuthSettings settings;
    private final byte[] signingKey = Secrets.randomKey();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> usedRefreshTokens = new ConcurrentHashMap<>();
    private final AtomicLong reusedRefreshTokens = new AtomicLong();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private volatile Instant expiredBefore = Instant.MIN;

    public TokenService(AuthSettings settings) {
        this.settings = settings;
    }

    /** What the authorise page hands back once the (simulated) user approved. */
    public String issueAuthorizationCode(String clientId, String scope) {
        client(clientId);
        String code = Secrets.randomToken(24);
        codes.put(code, new Code(clientId, now().plus(settings.authorizationCodeLifetime()),
                scope == null ? "api.graphQL businessDomain.ALL" : scope));
        return code;
    }

    public IssuedTokens exchangeCode(String code, String clientId, String clientSecret) {
        authenticateClient(clientId, clientSecret);
        Code c = code == null ? null : codes.remove(code);
        if (c == null || !c.clientId().equals(clientId) || now().isAfter(c.expires())) {
            throw new TokenException(400, "invalid_grant", "authorization code is invalid, used or expired");
        }
        return issue(clientId, c.scope(), Secrets.randomToken(12));
    }

    public synchronized IssuedTokens refresh(String refreshToken, String clientId, String clientSecret) {
        authenticateClient(clientId, clientSecret);
        Refresh r = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (r == null) {
            String chain = refreshToken == null ? null : usedRefreshTokens.get(refreshToken);
            if (chain != null) {
                reusedRefreshTokens.incrementAndGet();
                refreshTokens.values().removeIf(live -> live.chain().equals(chain));
            }
        }
        if (r == null || !r.clientId().equals(clientId) || now().isAfter(r.expires())) {
            throw new TokenException(400, "invalid_grant", "refresh token is invalid, already used or expired");
        }
        usedRefreshTokens.put(refreshToken, r.chain());
        return issue(clientId, r.scope(), r.chain());
    }

    /** How many times a used refresh token was presented again (each one revoked its chain). */
    public long reusedRefreshTokens() {
        return reusedRefreshTokens.get();
    }

    public IssuedTokens clientCredentials(String clientId, String clientSecret) {
        authenticateClient(clientId, clientSecret);
        return issue(clientId, "api.graphQL businessDomain.ALL", null);
    }

    /** Whether {@code token} is a live access token issued here. */
    public boolean verifyAccessToken(String token) {
        Instant expires = accessTokens.get(token);
        if (expires == null || !now().isBefore(expires)) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            // Expiry and the expire-all fault are decided by the registry above; this proves the token is ours.
            return jwt.verify(new MACVerifier(signingKey));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    /** Fault: every access token issued so far stops working (refresh tokens keep working). */
    public void expireAllAccessTokens() {
        accessTokens.clear();
        expiredBefore = now();
    }

    /** Tokens issued before this instant are refused (also applied to connected-app JWTs). */
    public Instant expiredBefore() {
        return expiredBefore;
    }

    /** With a refresh token of {@code chain} (null: none). */
    private IssuedTokens issue(String clientId, String scope, String chain) {
        Instant now = now();
        Instant exp = now.plus(settings.accessTokenLifetime());
        String access = sign(new JWTClaimsSet.Builder().issuer(ISSUER).audience("api.sagex3.simulator")
                .subject(clientId).claim("azp", clientId).claim("scopes", scope)
                .jwtID(Secrets.randomToken(12)).issueTime(Date.from(now)).expirationTime(Date.from(exp)).build());
        accessTokens.put(access, exp);
        String refresh = null;
        long refreshIn = 0;
        if (chain != null) {
            refresh = Secrets.randomToken(32);
            refreshTokens.put(refresh, new Refresh(clientId, now.plus(settings.refreshTokenLifetime()), scope, chain));
            refreshIn = settings.refreshTokenLifetime().toSeconds();
        }
        return new IssuedTokens(access, settings.accessTokenLifetime().toSeconds(), refresh, refreshIn, scope);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
    }

    private OAuthClient client(String clientId) {
        Optional<OAuthClient> c = settings.oauthClients().stream().filter(x -> x.clientId().equals(clientId)).findFirst();
        return c.orElseThrow(() -> new TokenException(401, "invalid_client", "unknown client"));
    }

    private void authenticateClient(String clientId, String clientSecret) {
        if (clientId == null) {
            throw new TokenException(400, "invalid_request", "client_id is required");
        }
        OAuthClient c = client(clientId);
        if (!Secrets.same(c.secret(), clientSecret)) {
            throw new TokenException(401, "invalid_client", "client authentication failed");
        }
    }

    private Instant now() {
        return settings.clock().instant();
    }
}
