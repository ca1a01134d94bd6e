package dev.x3ups.x3.client.auth;

import dev.x3ups.client.AccessToken;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3TransientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens from a rotating refresh token (X3 Cloud gateway). Every grant returns a new refresh
 * token and invalidates the old one, so the new one is stored before the access token is used. Each grant runs
 * inside the store's hold: with a shared store no other holder spends the token meanwhile, and the token spent
 * is the store's newest, whoever rotated it last.
 */
public final class RefreshTokenGrant implements TokenSource {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokenGrant.class);

    private final RefreshTokenCredentials credentials;
    private final TokenEndpoint endpoint;
    private final RefreshTokenStore store;
    private final RefreshTokenWarnings warnings;
    private final Clock clock;
    private final String pairingId;
    private StoredRefreshToken current;

    public RefreshTokenGrant(RefreshTokenCredentials credentials, TokenEndpoint endpoint, RefreshTokenStore store,
                             RefreshTokenWarnings warnings, Clock clock) {
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.store = store;
        this.warnings = warnings;
        this.clock = clock;
        this.pairingId = fingerprint(credentials.initialRefreshToken().reveal());
    }

    @Override
    public synchronized AccessToken fetch() throws X3Exception {
        try (RefreshTokenStore.Hold hold = hold()) {
            return grant();
        }
    }

    private RefreshTokenStore.Hold hold() throws X3Exception {
        try {
            return store.hold();
        } catch (IOException | RuntimeException e) {
            throw new X3TransientException("could not become the only holder of the X3 refresh token in "
                    + store.describe() + ": " + e.getMessage(), 0, null);
        }
    }

    private AccessToken grant() throws X3Exception {
        StoredRefreshToken refresh = currentRefreshToken();
        warnings.checkExpiry(refresh);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "refresh_token");
        body.put("refresh_token", refresh.token().reveal());
        body.put("client_id", credentials.clientId());
        body.put("client_secret", credentials.clientSecret().reveal());
        Instant asked = clock.instant();
        TokenResponse granted = endpoint.postJson(body);
        if (granted.refreshToken() != null) {
            keep(new StoredRefreshToken(granted.refreshToken(),
                    asked.plus(granted.refreshTokenLifetime() != null
                            ? granted.refreshTokenLifetime() : credentials.refreshTokenLifetime()),
                    pairingId));
        }
        return new AccessToken(granted.accessToken(), asked, asked.plus(granted.accessTokenLifetime()));
    }

    private StoredRefreshToken currentRefreshToken() {
        if (current != null && !store.isShared()) {
            return current;
        }
        Optional<StoredRefreshToken> stored = Optional.empty();
        try {
            stored = store.load().filter(token -> token.pairingId().equals(pairingId));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the stored X3 refresh token from {} ({}); using the configured one",
                    store.describe(), e.getClass().getSimpleName());
        }
        if (stored.isEmpty() && current != null) {
            return current;
        }
        // the configured token's issue time is unknown: count its lifetime from first use
        current = stored.orElseGet(() -> new StoredRefreshToken(credentials.initialRefreshToken(),
                clock.instant().plus(credentials.refreshTokenLifetime()), pairingId));
        return current;
    }

    private void keep(StoredRefreshToken rotated) {
        current = rotated;
        try {
            store.save(rotated);
        } catch (IOException | RuntimeException e) {
            warnings.notPersisted(rotated, store.describe(), "saving failed: " + e.getClass().getSimpleName());
            return;
        }
        if (!store.isDurable()) {
            warnings.notPersisted(rotated, store.describe(), "the store keeps it in memory only");
        }
    }

    private static String fingerprint(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
