package dev.x3ups.ups.simulator.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued access tokens and the daily token-request quota per client id. Runs on the wall clock so a
 * fast simulator clock does not expire the connectors' tokens.
 */
public final class TokenStore {
    /** One issued token. */
    public record IssuedToken(String clientId, String merchantId, Instant issuedAt, Instant expiresAt) { }

    private record DailyCount(LocalDate day, int count) { }

    private final Clock wall;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, DailyCount> requests = new ConcurrentHashMap<>();
    private volatile long lifetimeSeconds;
    private volatile int dailyQuota;

    public TokenStore(Clock wall, long lifetimeSeconds, int dailyQuota) {
        this.wall = wall;
        this.lifetimeSeconds = lifetimeSeconds;
        this.dailyQuota = dailyQuota;
    }

    /** Counts a token request; false when the client id has used up today's quota. */
    public boolean tryConsumeQuota(String clientId) {
        LocalDate today = LocalDate.ofInstant(wall.instant(), ZoneOffset.UTC);
        DailyCount after = requests.compute(clientId, (id, c) ->
                c == null || !c.day.equals(today) ? new DailyCount(today, 1) : new DailyCount(today, c.count + 1));
        return after.count <= dailyQuota;
    }

    public int requestsToday(String clientId) {
        DailyCount c = requests.get(clientId);
        LocalDate today = LocalDate.ofInstant(wall.instant(), ZoneOffset.UTC);
        return c == null || !c.day.equals(today) ? 0 : c.count;
    }

    public Map.Entry<String, IssuedToken> issue(String clientId, String merchantId) {
        byte[] raw = new byte[48];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = wall.instant();
        IssuedToken issued = new IssuedToken(clientId, merchantId, now, now.plusSeconds(lifetimeSeconds));
        tokens.put(token, issued);
        return Map.entry(token, issued);
    }

    /** The live token, or empty when unknown or expired. */
    public Optional<IssuedToken> validate(String token) {
        IssuedToken t = token == null ? null : tokens.get(token);
        if (t == null) {
            return Optional.empty();
        }
        if (!wall.instant().isBefore(t.expiresAt())) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(t);
    }

    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    public void setLifetimeSeconds(long seconds) {
        this.lifetimeSeconds = seconds;
    }

    public void setDailyQuota(int quota) {
        this.dailyQuota = quota;
    }

    /** Invalidates every issued token: the next API call gets 401 250002. */
    public void expireAll() {
        tokens.clear();
    }

    public void resetQuota() {
        requests.clear();
    }

    public int liveTokens() {
        return tokens.size();
    }
}
