package dev.x3ups.ups.client.auth;

import dev.x3ups.ups.client.UpsClientConfig;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import dev.x3ups.ups.client.http.UpsHttp;

/**
 * One {@link TokenManager} per (UPS host, client id, merchant id, secret) per JVM. The four connectors ship in
 * one plugin archive, so all their tasks share one token and one daily budget per client id.
 */
public final class TokenManagerRegistry {
    private static final ConcurrentMap<Key, TokenManager> SHARED = new ConcurrentHashMap<>();

    private TokenManagerRegistry() {
    }

    /** The shared manager for this config; the first caller's budget and timeouts win. */
    public static TokenManager shared(UpsClientConfig config) {
        Key key = new Key(config.baseUrl(), config.clientId(), config.merchantId(), config.clientSecret().fingerprint());
        return SHARED.computeIfAbsent(key, k -> create(config));
    }

    /**
     * A manager that is NOT shared, with its own HTTP client (tests, tools). Connectors should use
     * {@link #shared(UpsClientConfig)} so the daily budget is counted once per client id.
     */
    public static TokenManager unshared(UpsClientConfig config) {
        return create(config);
    }

    private static TokenManager create(UpsClientConfig config) {
        // its threads are daemons: a shared manager lives as long as the JVM and must not keep it from exiting
        TokenEndpoint endpoint = new OAuthTokenEndpoint(UpsHttp.newClient(config.connectTimeout(), "ups-token-http"),
                config.readTimeout(), config.tokenUrl(), config.clientId(), config.clientSecret(), config.merchantId());
        return new TokenManager(config.clientId(), endpoint,
                new TokenBudget(config.dailyTokenBudget(), Clock.systemUTC()), config.refreshAhead(), Clock.systemUTC());
    }

    /** The secret is represented by its fingerprint and never printed. */
    private record Key(String baseUrl, String clientId, String merchantId, String secretFingerprint) {
        Key {
            Objects.requireNonNull(baseUrl);
            Objects.requireNonNull(clientId);
        }

        @Override
        public String toString() {
            return "Key{" + baseUrl + ", " + clientId + ", " + merchantId + "}";
        }
    }
}
